import XLSXWriter

/// A chart with the block of plain numbers it draws beside it, under a heading, laid out as
/// one piece that `PageFlow` keeps on one printed page.
///
/// The block holds numbers only, never formulas: a chart drawn from formula cells shows zeros
/// in a viewer that does not recalculate (Protected View, most chat-app previews).
package struct ChartSection {
  /// The heading above the block and the chart.
  package var heading: String
  /// The block's columns: the categories first, then one column per series.
  package var columns: [ColumnDefinition]
  /// The block's rows, one per category.
  package var rows: [[ReportCell]]
  /// The column the block starts in.
  package var blockColumn: Int
  /// The column the chart's left edge sits on, right of the block.
  package var chartColumn: Int
  /// The chart's size in pixels.
  package var chartSize: ChartSpec.Size
  /// The height of the block's header row in points (wrapped captions need more).
  package var headerHeight = 30.0

  /// Creates a section.
  package init(
    heading: String, columns: [ColumnDefinition], rows: [[ReportCell]], blockColumn: Int,
    chartColumn: Int, chartSize: ChartSpec.Size
  ) {
    self.heading = heading
    self.columns = columns
    self.rows = rows
    self.blockColumn = blockColumn
    self.chartColumn = chartColumn
    self.chartSize = chartSize
  }

  /// The section's height in points: heading, then the taller of the block and the chart.
  var height: Double {
    let block = headerHeight + Double(rows.count) * PageFlow.rowHeight
    return PageFlow.rowHeight + max(block, Double(chartSize.height) * 0.75)
  }
}

extension ReportSheet {
  /// Lays out `section` at the cursor, on a fresh page when it would cross a page break.
  ///
  /// Writes the heading, the block, and the chart that `makeChart` builds from where the
  /// block landed and the chart's anchor. A chart taller than a page is made to fit one. Leaves
  /// the cursor one row below the taller of block and chart.
  ///
  /// - Returns: Where the block landed, or `nil` when it has no rows (nothing is written).
  @discardableResult
  package mutating func addChartSection(
    _ section: ChartSection, flow: PageFlow,
    makeChart: (TablePlacement, CellReference) -> ChartSpec
  ) -> TablePlacement? {
    guard !section.rows.isEmpty else { return nil }
    var section = section
    if section.height > flow.sectionLimit {
      // A chart taller than a page is shrunk to fit one (bars get thinner, never split).
      let points = flow.sectionLimit - PageFlow.rowHeight
      section.chartSize.height = max(240, Int(points / 0.75))
    }
    flow.keepTogether(height: section.height, in: &self)
    addHeading(section.heading)
    let headerRow = nextRow
    let placement = addTable(
      columns: section.columns, rows: section.rows, startColumn: section.blockColumn)
    edit { $0.rowHeights[headerRow] = section.headerHeight }
    let anchor = CellReference(row: headerRow, column: section.chartColumn)
    var chart = makeChart(placement, anchor)
    chart.anchor = anchor
    chart.size = section.chartSize
    edit { $0.charts.append(chart) }
    let covered = PageFlow.rowsCovered(
      byPixels: Double(section.chartSize.height), from: headerRow, in: spec)
    moveCursor(toAtLeast: headerRow + covered + 1)
    flow.pinRows(below: nextRow, in: &self)
    return placement
  }
}

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
  /// A chart section with the closure that builds its chart from where its block landed and
  /// the chart's anchor.
  package typealias PlacedChartSection = (
    section: ChartSection, makeChart: (TablePlacement, CellReference) -> ChartSpec
  )

  /// Lays out `section` at the cursor, on a fresh page when it would cross a page break.
  ///
  /// - Returns: Where the block landed, or `nil` when it has no rows (nothing is written).
  @discardableResult
  package mutating func addChartSection(
    _ section: ChartSection, flow: PageFlow,
    makeChart: @escaping (TablePlacement, CellReference) -> ChartSpec
  ) -> TablePlacement? {
    addChartSections([(section, makeChart)], flow: flow)[0]
  }

  /// Lays out `sections` side by side from the cursor, each in its own columns, on a fresh
  /// page when the tallest would cross a page break.
  ///
  /// Writes each heading over its block, the blocks with one shared header height (the
  /// tallest asked for), and each chart from where its block landed and the chart's anchor.
  /// A chart taller than a page is made to fit one (bars get thinner, never split). Leaves
  /// the cursor one row below the tallest block or chart.
  ///
  /// - Returns: Where each block landed, or `nil` for one without rows (nothing is written
  ///   for it).
  @discardableResult
  package mutating func addChartSections(_ sections: [PlacedChartSection], flow: PageFlow)
    -> [TablePlacement?]
  {
    let headerHeight = sections.map(\.section.headerHeight).max() ?? 30
    let fitted = sections.map { placed -> PlacedChartSection in
      var section = placed.section
      section.headerHeight = headerHeight
      if section.height > flow.sectionLimit {
        let points = flow.sectionLimit - PageFlow.rowHeight
        section.chartSize.height = max(240, Int(points / 0.75))
      }
      return (section, placed.makeChart)
    }
    let shown = fitted.filter { !$0.section.rows.isEmpty }
    guard let tallest = shown.map(\.section.height).max() else {
      return sections.map { _ in nil }
    }
    flow.keepTogether(height: tallest, in: &self)
    let top = nextRow
    var bottom = top
    let placements = fitted.map { section, makeChart -> TablePlacement? in
      guard !section.rows.isEmpty else { return nil }
      moveCursor(to: top)
      addHeading(section.heading, column: section.blockColumn)
      let headerRow = nextRow
      let placement = addTable(
        columns: section.columns, rows: section.rows, startColumn: section.blockColumn)
      bottom = max(bottom, nextRow)
      let anchor = CellReference(row: headerRow, column: section.chartColumn)
      var chart = makeChart(placement, anchor)
      chart.anchor = anchor
      chart.size = section.chartSize
      edit { $0.charts.append(chart) }
      return placement
    }
    let headerRow = top + 1
    edit { $0.rowHeights[headerRow] = headerHeight }
    for (section, _) in shown {
      let covered = PageFlow.rowsCovered(
        byPixels: Double(section.chartSize.height), from: headerRow, in: spec)
      bottom = max(bottom, headerRow + covered + 1)
    }
    moveCursor(to: bottom)
    flow.pinRows(below: nextRow, in: &self)
    return placements
  }
}

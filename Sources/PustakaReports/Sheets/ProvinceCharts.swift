import PustakaCore
import XLSXWriter

/// The province summary's charts: figures across the province's regencies as horizontal
/// bars, ordered by the first figure, highest first, beside the block of plain numbers they
/// draw.
enum ProvinceCharts {
  /// One figure of a chart: a column of its block and a series of bars.
  struct Series {
    /// The block's caption and the series' name.
    var caption: String
    /// The bars' colour.
    var color: Color
    /// The regency's value.
    var value: (ProvinceStanding.Regency) -> Double?
  }

  /// One chart across the regencies.
  struct Measure {
    /// The chart's title and the block's heading.
    var title: String
    /// The value axis title.
    var axisTitle: String
    /// The block's number format.
    var format: CellFormat
    /// The number format of the data labels.
    var labelFormat: String
    /// The number format of the value axis.
    var axisFormat: String
    /// The value axis maximum (100 for KPIs and the index), or `nil` to let it fit.
    var maximum: Double? = nil
    /// The figures charted; regencies without the first are left out.
    var series: [Series]
  }

  /// Where a section sits: the block's first column (its categories), the chart's first and
  /// last columns.
  struct Place {
    var block: Int
    var chart: Int
    var last: Int
  }

  /// Adds one chart section per measure, one under the other, each at `place`, on sheet
  /// `sheetName` whose columns have `columnWidths`; a note instead when no regency has a value.
  static func addSections(
    _ measures: [Measure], at place: Place, columnWidths: [Double], context: ProvinceContext,
    to sheet: inout ReportSheet, flow: PageFlow, sheetName: String
  ) {
    for (offset, measure) in measures.enumerated() {
      // A blank row between sections; none after the last, where the closing note goes.
      if offset > 0 { sheet.skipRows() }
      guard let first = measure.series.first else { continue }
      let ranked = context.standing.regencies.compactMap { regency in
        first.value(regency).map { (regency: regency, value: $0) }
      }.sorted {
        ($0.value, $1.regency.statistics.regency) > ($1.value, $0.regency.statistics.regency)
      }
      guard !ranked.isEmpty else {
        sheet.addHeading(measure.title)
        sheet.addNote(context.labels.province.noData)
        continue
      }
      let columns =
        [ColumnDefinition(context.labels.province.regency)]
        + measure.series.map { ColumnDefinition($0.caption, format: measure.format) }
      let rows = ranked.map { entry in
        [ReportCell.text(entry.regency.statistics.regency)]
          + measure.series.map { ReportCell.number($0.value(entry.regency)) }
      }
      let width = PageFlow.pixels(ofColumns: Array(columnWidths[place.chart...place.last]))
      let bars = measure.series.count
      var section = ChartSection(
        heading: measure.title, columns: columns, rows: rows, blockColumn: place.block,
        chartColumn: place.chart,
        chartSize: ChartSpec.Size(
          width: Int(width) - 8, height: max(300, (4 + 10 * bars) * rows.count + 110)))
      section.headerHeight = 60
      sheet.addChartSection(section, flow: flow) { block, anchor in
        chart(measure, block: block, anchor: anchor, sheetName: sheetName, context: context)
      }
    }
  }

  private static func chart(
    _ measure: Measure, block: TablePlacement, anchor: CellReference, sheetName: String,
    context: ProvinceContext
  ) -> ChartSpec {
    let series = measure.series.enumerated().map { offset, figure -> ChartSeries in
      guard let values = block.dataColumn(offset + 1) else {
        preconditionFailure("a chart section always has rows")
      }
      var bars = ChartSeries(
        name: nil, sheet: sheetName, categories: block.dataColumn(0), values: values,
        color: figure.color)
      bars.nameCell = block.headerCell(offset + 1)
      bars.showsValueLabels = true
      bars.labelNumberFormat = measure.labelFormat
      return bars
    }
    var chart = ChartSpec(kind: .bar, title: measure.title, series: series, anchor: anchor)
    chart.categoryAxisTitle = context.labels.province.regency
    chart.valueAxisTitle = measure.axisTitle
    chart.valueAxisNumberFormat = measure.axisFormat
    chart.valueAxisMinimum = 0
    chart.valueAxisMaximum = measure.maximum
    chart.reversesCategories = true
    chart.labelsEveryCategory = true
    chart.legend = series.count > 1 ? .bottom : .none
    chart.gap = 40
    return chart
  }
}

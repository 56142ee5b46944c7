import PustakaCore
import XLSXWriter

extension DistrictsSheet {
  /// Adds the mean-KPI section (its block in columns A to C, its chart from D to I) and the
  /// visits section beside it (block in J and K, chart from L to Q), kept on one printed page.
  ///
  /// Bars are as thin as their labels allow (10 pixels a bar, 17 a district of one bar), and
  /// the two sections share their rows, so that a regency of 19 districts prints both charts
  /// with the end of the staff table on one page.
  static func addCharts(_ context: ReportContext, to sheet: inout ReportSheet, flow: PageFlow) {
    let labels = context.labels.districts
    let groups = chartGroups(context)
    if groups.allSatisfy({ $0.group.kpi.mean == nil }) {
      sheet.addNote(labels.noData, across: kpiColumns.chart)
      return
    }
    sheet.addChartSections(
      [kpiSection(context, groups), visitsSection(context, groups)], flow: flow)
  }

  /// Where the two sections sit: block column, chart column and the chart's last column.
  private static let kpiColumns = (block: 0, chart: 3, last: 8)
  private static let visitsColumns = (block: 9, chart: 11, last: 16)

  /// The width in pixels of columns `first` through `last`, which a chart spans.
  private static func chartWidth(from first: Int, through last: Int) -> Int {
    Int(PageFlow.pixels(ofColumns: Array(columnWidths[first...last])))
  }

  /// The categories of the charts: every district of the regency, each with its name and
  /// previous-period statistics (a district workbook highlights its own among them).
  static func chartGroups(_ context: ReportContext)
    -> [(name: String, group: UsageStatistics.Group, previous: UsageStatistics.Group?)]
  {
    context.regencyDistrictStatistics.map {
      (
        name: $0.district ?? "", group: $0,
        previous: context.previousStatistics(district: $0.district)
      )
    }
  }

  /// A chart's title, naming the highlighted district in a district workbook.
  static func chartTitle(_ title: String, _ context: ReportContext) -> String {
    guard let name = highlightedName(context) else { return title }
    return context.labels.districts.highlighted(title, name)
  }

  /// Bars or columns: columns while the names fit under them, horizontal bars for more
  /// categories, so long district names never overlap.
  static func kind(categories: Int) -> ChartSpec.Kind {
    categories <= 8 ? .column : .bar
  }

  private static func chartHeight(categories: Int, barsEach: Int) -> Int {
    kind(categories: categories) == .column ? 360 : max(360, 10 * barsEach * categories + 110)
  }

  private static func section(
    _ heading: String, _ columns: [ColumnDefinition], _ rows: [[ReportCell]],
    at place: (block: Int, chart: Int, last: Int), height: Int
  ) -> ChartSection {
    var section = ChartSection(
      heading: heading, columns: columns, rows: rows, blockColumn: place.block,
      chartColumn: place.chart,
      chartSize: ChartSpec.Size(
        width: chartWidth(from: place.chart, through: place.last), height: height))
    section.headerHeight = 45
    return section
  }

  private static func series(
    _ block: TablePlacement, column: Int, sheet: String, color: Color
  ) -> ChartSeries {
    guard let values = block.dataColumn(column) else {
      preconditionFailure("a chart section always has rows")
    }
    var series = ChartSeries(
      name: nil, sheet: sheet, categories: block.dataColumn(0), values: values, color: color)
    series.nameCell = block.headerCell(column)
    return series
  }

  private static func kpiSection(
    _ context: ReportContext,
    _ groups: [(name: String, group: UsageStatistics.Group, previous: UsageStatistics.Group?)]
  ) -> ReportSheet.PlacedChartSection {
    let labels = context.labels.districts
    let sorted = groups.filter { $0.group.kpi.mean != nil }.sorted {
      ($0.group.kpi.mean ?? 0, $1.name) > ($1.group.kpi.mean ?? 0, $0.name)
    }
    let columns = [
      ColumnDefinition(labels.district),
      ColumnDefinition(labels.meanKPIIn(context.period.description), format: ReportFormats.score),
      ColumnDefinition(
        labels.meanKPIIn(context.period.previous.description), format: ReportFormats.score),
    ]
    let names = sorted.map(\.name)
    let rows = highlightingRows(
      sorted.map {
        [.text($0.name), .number($0.group.kpi.mean), .number($0.previous?.kpi.mean)]
      }, names: names, columns: columns, context)
    let chartKind = kind(categories: rows.count)
    let height = chartHeight(categories: rows.count, barsEach: 2)
    let section = section(labels.kpiTitle, columns, rows, at: kpiColumns, height: height)
    return (
      section,
      { block, anchor in
        let name = context.labels.districtsSheet
        var current = series(block, column: 1, sheet: name, color: ReportPalette.title)
        current.showsValueLabels = true
        current.labelNumberFormat = "0.0"
        current.pointColors = pointColors(names, context)
        let previous = series(block, column: 2, sheet: name, color: ReportPalette.muted)
        var chart = ChartSpec(
          kind: chartKind, title: chartTitle(labels.kpiTitle, context),
          series: [current, previous],
          anchor: anchor)
        chart.categoryAxisTitle = labels.district
        chart.valueAxisTitle = labels.kpiAxis
        chart.valueAxisMinimum = 0
        chart.valueAxisMaximum = 100
        chart.reversesCategories = chartKind == .bar
        chart.labelsEveryCategory = true
        chart.legend = .bottom
        chart.gap = 60
        return chart
      }
    )
  }

  private static func visitsSection(
    _ context: ReportContext,
    _ groups: [(name: String, group: UsageStatistics.Group, previous: UsageStatistics.Group?)]
  ) -> ReportSheet.PlacedChartSection {
    let labels = context.labels.districts
    let values = groups.compactMap { item in
      item.group.figures.visitorsPer1000.map { (name: item.name, value: $0) }
    }.sorted { ($0.value, $1.name) > ($1.value, $0.name) }
    let columns = [
      ColumnDefinition(labels.district),
      ColumnDefinition(labels.visitsPer1000, format: ReportFormats.ratio),
    ]
    let names = values.map(\.name)
    let rows = highlightingRows(
      values.map { [.text($0.name), .number($0.value)] }, names: names, columns: columns, context)
    var visits = section(
      labels.visitsTitle, columns, rows, at: visitsColumns,
      height: max(360, 17 * rows.count + 110))
    visits.headerHeight = 60
    return (
      visits,
      { block, anchor in
        var bars = series(
          block, column: 1, sheet: context.labels.districtsSheet, color: ReportPalette.visitors)
        bars.showsValueLabels = true
        bars.labelNumberFormat = "#,##0.0"
        bars.pointColors = pointColors(names, context)
        var chart = ChartSpec(
          kind: .bar, title: chartTitle(labels.visitsTitle, context), series: [bars], anchor: anchor
        )
        chart.categoryAxisTitle = labels.district
        chart.valueAxisTitle = labels.visitsPer1000
        chart.valueAxisMinimum = 0
        chart.reversesCategories = true
        chart.labelsEveryCategory = true
        chart.legend = .none
        chart.gap = 40
        return chart
      }
    )
  }
}

import PustakaCore
import XLSXWriter

extension TrendsSheet {
  /// Columns of the chart data block.
  enum DataColumn: Int, CaseIterable {
    case month, visitors, loans, newMembers, participants, activities, allocated, spent, kpi
    case regencyKPI
  }

  /// Writes the chart data block, the sheet's last and on screen only (the monthly table
  /// above prints the same figures): one row per month labelled "Okt 2026", with the figures
  /// the charts draw (the mean KPI columns only when the engine computed them).
  static func addChartData(
    _ months: [MonthlyPoint], group: UsageStatistics.Group, regency: UsageStatistics.Group?,
    from first: Int, on sheet: inout ReportSheet, context: ReportContext
  ) -> TablePlacement {
    let labels = context.labels.trends
    let words = context.labels.detail
    DetailSheets.endPrintedPart(
      before: words.chartDataHeading, line: \.screenOnly, on: &sheet, context: context)
    sheet.addHeading(words.chartDataHeading)
    DetailSheets.addWideNote(words.chartDataNote, columns: columnCount, on: &sheet)
    func column(_ header: String, _ format: CellFormat, _ value: (MonthlyPoint) -> Double) -> (
      header: String, values: [Double?], format: CellFormat
    ) {
      (header, months.map { Optional(value($0)) }, format)
    }
    var series = [
      column(labels.visitors, ReportFormats.count) { Double($0.visitors) },
      column(labels.loans, ReportFormats.count) { Double($0.loans) },
      column(labels.newMembers, ReportFormats.count) { Double($0.newMembers) },
      column(labels.participants, ReportFormats.count) { Double($0.participants) },
      column(labels.activities, ReportFormats.count) { Double($0.activities) },
      column(labels.allocated, ReportFormats.money) { Double($0.allocated.amount) },
      column(labels.spent, ReportFormats.money) { Double($0.spent.amount) },
    ]
    if !group.monthlyKPI.isEmpty {
      series.append(
        (labels.meanKPI, group.monthlyKPI[first...].map(\.mean), ReportFormats.score))
      if let regency, !regency.monthlyKPI.isEmpty {
        series.append(
          (labels.regencyMeanKPI, regency.monthlyKPI[first...].map(\.mean), ReportFormats.score))
      }
    }
    return DetailSheets.addChartData(
      categoryHeader: words.month, categories: months.map { words.monthLabel($0.month) },
      series: series, on: &sheet)
  }

  /// The line charts over the data block: visitors and loans, new members, participants,
  /// activities, money, and the mean KPI when there is one.
  ///
  /// New members have a chart of their own: a few dozen a month beside thousands of visitors
  /// (or hundreds of participants) would lie flat on the axis, and libxlsxwriter 1.1.4 draws
  /// no secondary axis. `largestAllocation` is the largest monthly allocation drawn, which
  /// sets the money axis's decimals.
  static func charts(
    _ data: TablePlacement, showsKPI: Bool, regency: Bool, largestAllocation: Double,
    on sheet: ReportSheet, context: ReportContext
  ) -> [ChartSpec] {
    let labels = context.labels.trends
    let words = context.labels.detail
    func line(_ column: DataColumn, _ color: Color) -> ChartSeries? {
      var series = DetailSheets.series(
        on: sheet, data, category: DataColumn.month.rawValue, value: column.rawValue,
        color: color)
      series?.showsMarkers = true
      return series
    }
    func chart(_ title: String, axis: String, _ series: [ChartSeries?]) -> ChartSpec {
      DetailSheets.chart(
        .line, title: title, categoryAxis: words.month, valueAxis: axis,
        series: series.compactMap { $0 }, size: chartSize)
    }
    var newMembers = chart(
      labels.newMembersChart, axis: labels.newMembers, [line(.newMembers, ReportPalette.service)])
    newMembers.valueAxisMinimum = 0
    var charts = [
      chart(
        labels.visitorsChart, axis: words.countAxis,
        [line(.visitors, ReportPalette.visitors), line(.loans, ReportPalette.loans)]),
      newMembers,
      chart(
        labels.participantsChart, axis: labels.participants,
        [line(.participants, ReportPalette.community)]),
      chart(
        labels.activitiesChart, axis: words.countAxis, [line(.activities, ReportPalette.community)]),
    ]
    var money = chart(
      labels.budgetChart, axis: words.moneyAxis,
      [line(.allocated, ReportPalette.muted), line(.spent, ReportPalette.resources)])
    money.valueAxisNumberFormat = ReportFormats.millionsAxis(largest: largestAllocation)
    charts.append(money)
    if showsKPI {
      var kpi = chart(
        labels.kpiChart, axis: labels.kpiAxis,
        [line(.kpi, ReportPalette.title), regency ? line(.regencyKPI, ReportPalette.muted) : nil])
      kpi.valueAxisMinimum = 0
      kpi.valueAxisMaximum = 100
      charts.append(kpi)
    }
    return charts
  }

  /// The size of each line chart: lower than the other sheets' main charts, so that the six,
  /// three rows of two, fill the first printed page and the tables start on the second.
  static let chartSize = ChartSpec.Size(width: DetailSheets.chartSize.width, height: 260)

  /// How many charts `charts(_:showsKPI:regency:on:context:)` draws.
  static func chartCount(showsKPI: Bool) -> Int {
    showsKPI ? 6 : 5
  }
}

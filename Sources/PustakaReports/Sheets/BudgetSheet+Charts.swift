import PustakaCore
import XLSXWriter

extension BudgetSheet {
  /// The four charts: spending by category per district (stacked bars), absorption per
  /// district, and money allocated and spent by category and by source.
  ///
  /// In a district workbook the bars are the district's libraries.
  static func charts(
    spending: TablePlacement, absorption: (table: TablePlacement, rows: Int),
    categories: TablePlacement, sources: TablePlacement, barHeight: Int, layout: Layout,
    on sheet: ReportSheet, context: ReportContext
  ) -> [ChartSpec] {
    let labels = context.labels.budget
    let words = context.labels.detail
    let places = context.scope.isDistrict ? words.library : words.district
    let bars = ChartSpec.Size(width: 640, height: barHeight)
    var spendingChart = DetailSheets.chart(
      .bar, grouping: .stacked, title: labels.spendingChart(layout.period), categoryAxis: places,
      valueAxis: words.moneyAxis,
      series: BudgetCategory.allCases.enumerated().compactMap { offset, category in
        DetailSheets.series(
          on: sheet, spending, category: 0, value: offset + 1,
          color: ReportPalette.color(category))
      }, size: bars)
    let largestSpending = breakdownSpending(context).max() ?? 0
    spendingChart.valueAxisNumberFormat = ReportFormats.millionsAxis(largest: largestSpending)
    let months = layout.showsYearToDate ? layout.yearToDate : layout.period
    var absorptionSeries = DetailSheets.series(
      on: sheet, absorption.table, category: 0, value: layout.showsYearToDate ? 6 : 3,
      rows: absorption.rows, color: ReportPalette.resources)
    absorptionSeries?.showsValueLabels = true
    absorptionSeries?.labelNumberFormat = "0%"
    var absorptionChart = DetailSheets.chart(
      .bar, title: labels.absorptionChart(months), categoryAxis: places,
      valueAxis: labels.absorptionAxis, series: [absorptionSeries].compactMap { $0 }, size: bars)
    absorptionChart.valueAxisNumberFormat = "0%"
    absorptionChart.valueAxisMinimum = 0
    func money(_ title: String, _ table: TablePlacement, rows: Int, largest: Double) -> ChartSpec {
      var chart = DetailSheets.chart(
        .column, title: title, categoryAxis: nil, valueAxis: words.moneyAxis,
        series: [
          DetailSheets.series(
            on: sheet, table, category: 0, value: 1, rows: rows, color: ReportPalette.muted),
          DetailSheets.series(
            on: sheet, table, category: 0, value: 2, rows: rows, color: ReportPalette.resources),
        ].compactMap { $0 })
      chart.valueAxisNumberFormat = ReportFormats.millionsAxis(largest: largest)
      return chart
    }
    return [
      spendingChart, absorptionChart,
      money(
        labels.categoryChart(layout.period), categories, rows: BudgetCategory.allCases.count,
        largest: largestLine(context)),
      sourceShares(sources, layout: layout, on: sheet, context: context),
    ]
  }

  /// Each funding source's share of the money allocated and of the money spent: two bars,
  /// 100 % stacked, one series per source the scope used (its row of the source table).
  static func sourceShares(
    _ sources: TablePlacement, layout: Layout, on sheet: ReportSheet, context: ReportContext
  ) -> ChartSpec {
    let labels = context.labels.budget
    let budget = context.scopeStatistics?.figures.budget
    let header = sources.header.first.row
    let column = sources.firstColumn
    let series = FundingSource.allCases.enumerated().compactMap {
      offset, source -> ChartSeries? in
      guard let firstRow = sources.firstDataRow, let budget,
        budget.allocated(source).amount > 0 || budget.spent(source).amount > 0
      else { return nil }
      let row = firstRow + offset
      var series = ChartSeries(
        name: nil, sheet: sheet.spec.name,
        categories: CellRange(
          CellReference(row: header, column: column + 1),
          CellReference(row: header, column: column + 2)),
        values: CellRange(
          CellReference(row: row, column: column + 1),
          CellReference(row: row, column: column + 2)),
        color: ReportPalette.color(source))
      series.nameCell = CellReference(row: row, column: column)
      return series
    }
    var chart = DetailSheets.chart(
      .bar, grouping: .percentStacked, title: labels.sourceChart(layout.period),
      categoryAxis: nil, valueAxis: labels.shareAxis, series: series)
    chart.valueAxisNumberFormat = "0%"
    chart.legend = .bottom
    return chart
  }

  /// What each bar of the spending chart stacks up to: the money spent per district (or, in
  /// a district workbook, per library).
  static func breakdownSpending(_ context: ReportContext) -> [Double] {
    DetailSheets.breakdown(context).map { Double($0.figures.budget.spent.amount) }
  }

  /// The largest amount allocated or spent in one budget category of the scope.
  static func largestLine(_ context: ReportContext) -> Double {
    guard let budget = context.scopeStatistics?.figures.budget else { return 0 }
    return BudgetCategory.allCases.map {
      max(Double(budget.allocated($0).amount), Double(budget.spent($0).amount))
    }.max() ?? 0
  }
}

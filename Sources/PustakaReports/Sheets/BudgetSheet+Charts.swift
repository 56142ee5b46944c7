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
    spendingChart.valueAxisNumberFormat = "#,##0"
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
    func money(_ title: String, _ table: TablePlacement, rows: Int) -> ChartSpec {
      var chart = DetailSheets.chart(
        .column, title: title, categoryAxis: nil, valueAxis: words.moneyAxis,
        series: [
          DetailSheets.series(
            on: sheet, table, category: 0, value: 1, rows: rows, color: ReportPalette.muted),
          DetailSheets.series(
            on: sheet, table, category: 0, value: 2, rows: rows, color: ReportPalette.resources),
        ].compactMap { $0 })
      chart.valueAxisNumberFormat = "#,##0"
      return chart
    }
    return [
      spendingChart, absorptionChart,
      money(labels.categoryChart(layout.period), categories, rows: BudgetCategory.allCases.count),
      money(labels.sourceChart(layout.period), sources, rows: FundingSource.allCases.count),
    ]
  }
}

import PustakaCore
import XLSXWriter

/// The budget sheet (*Anggaran*): money allocated and spent by category and by funding source
/// (for the period and from January), absorption per district and per library, cost per visit
/// and per loan, and charts of spending by category and of absorption.
///
/// A district workbook shows the district's figures with the regency's absorption beside them,
/// the district next to the regency in the district table, and its libraries in the charts.
package enum BudgetSheet {
  /// Builds the sheet named `context.labels.budgetSheet`.
  package static func build(_ context: ReportContext) -> ReportSheet {
    let labels = context.labels.budget
    let layout = Layout(context)
    var sheet = ReportSheet(name: context.labels.budgetSheet)
    DetailSheets.setWidths(layout.widths, on: &sheet)
    DetailSheets.addTop(
      title: labels.title, note: nil, columns: layout.widths.count, on: &sheet,
      context: context)
    guard let scope = context.scopeStatistics else {
      DetailSheets.finish(&sheet, context: context)
      return sheet
    }
    let breakdown = DetailSheets.breakdown(context)
    let barHeight = DetailSheets.barChartHeight(categories: breakdown.count)
    let anchors = DetailSheets.reserveCharts(
      [
        ChartSpec.Size(width: 640, height: barHeight),
        ChartSpec.Size(width: 640, height: barHeight), DetailSheets.chartSize,
        DetailSheets.chartSize,
      ], on: &sheet, perRow: 2)
    DetailSheets.addWideNote(labels.note, columns: layout.widths.count, on: &sheet)
    sheet.skipRows(1)
    let categories = addMoneyTable(
      labels.byCategory, caption: labels.category,
      rows: BudgetCategory.allCases.map { MoneyRow(context, scope.figures, category: $0) },
      layout: layout, on: &sheet, context: context)
    let sources = addMoneyTable(
      labels.bySource, caption: labels.source,
      rows: FundingSource.allCases.map { MoneyRow(context, scope.figures, source: $0) },
      layout: layout, on: &sheet, context: context)
    let districts = addDistrictTable(layout: layout, on: &sheet, context: context)
    let spending = addSpendingTable(breakdown, layout: layout, on: &sheet, context: context)
    let libraries = addLibraryTable(layout: layout, on: &sheet, context: context)
    // Absorption bars: the district table's districts, or a district's libraries.
    let absorption = (
      table: context.scope.isDistrict ? libraries : districts, rows: breakdown.count
    )
    DetailSheets.place(
      charts(
        spending: spending, absorption: absorption, categories: categories, sources: sources,
        barHeight: barHeight, layout: layout, on: sheet, context: context),
      at: anchors, on: &sheet)
    DetailSheets.finish(&sheet, context: context)
    return sheet
  }

  /// The height of the table headers, in points: three lines.
  static let headerPoints = 45.0
}

extension BudgetSheet {
  /// Which columns the sheet's tables use and how wide they are.
  ///
  /// Every table puts money allocated, spent and absorbed for the period in columns B to D,
  /// and for January to date in E to G (left out when the period already starts in January,
  /// where they would repeat B to D); the other figures follow.
  struct Layout {
    /// Whether the year-to-date columns are shown.
    let showsYearToDate: Bool
    /// The column after the money columns.
    let next: Int
    /// Column widths.
    let widths: [Double]
    /// Each library's budget flags in a few words (`flagTexts`), for the list and its width.
    let flags: [LibraryID: String]
    /// "Okt 2026": the period in captions.
    let period: String
    /// "Jan-Okt 2026": the year to date in captions.
    let yearToDate: String

    init(_ context: ReportContext) {
      let words = context.labels.detail
      showsYearToDate = context.period.months != context.period.yearToDateMonths
      next = showsYearToDate ? 7 : 4
      period = words.periodLabel(context.period)
      yearToDate = words.yearToDate(context.period)
      let regency = context.regencyStatistics?.figures
      let largest =
        [regency?.budgetYearToDate.allocated, regency?.budgetYearToDate.spent]
        .compactMap { $0.map { Double($0.amount) } }.max() ?? 0
      let money = DetailSheets.moneyWidth(largest: largest, minimum: 15)
      let names =
        context.scores.map(\.library.name) + context.districtStatistics.compactMap(\.district)
        + [context.labels.budget.category, DetailSheets.regencyTitle(context)]
      let places = context.scores.map { DetailSheets.place(of: $0.library, in: context) }
      let costs = [regency?.costPerVisit, regency?.costPerLoan].compactMap { $0 }
      let cost = DetailSheets.moneyWidth(largest: costs.max() ?? 0, minimum: 13)
      flags = BudgetSheet.flagTexts(context)
      var widths =
        [DetailSheets.textWidth(names, minimum: 24, maximum: 40)]
        + Array(repeating: money, count: next - 1) + [cost, cost]
        + [
          DetailSheets.textWidth(
            Array(flags.values)
              + [context.labels.plausibility.budgetColumn], minimum: 12, maximum: 30),
          DetailSheets.textWidth(places.map(\.village), minimum: 12, maximum: 24),
          DetailSheets.textWidth(places.map(\.district), minimum: 12, maximum: 20),
          DetailSheets.idWidth(context),
        ]
      // The spending table puts money in columns B to G whatever the layout, and a district
      // workbook's library ids in H.
      for column in 1...6 { widths[column] = max(widths[column], money) }
      widths[7] = max(widths[7], DetailSheets.idWidth(context))
      self.widths = widths
    }
  }
}

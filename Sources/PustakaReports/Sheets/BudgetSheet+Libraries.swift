import PustakaCore
import XLSXWriter

extension BudgetSheet {
  /// Every library of the scope by district and name: money, absorption, cost per visit and
  /// per loan, village, district and library id (last, as on the collection sheet).
  ///
  /// One Excel table, the sheet's last block; a regency's list runs over several printed
  /// pages, each starting with its header (`DetailSheets.addPagedTable`); a district's few
  /// libraries also feed the absorption chart.
  ///
  /// A library without budget lines shows empty money cells (missing, not zero).
  static func addLibraryTable(
    layout: Layout, on sheet: inout ReportSheet, context: ReportContext
  ) -> TablePlacement {
    let labels = context.labels.budget
    let words = context.labels.detail
    let columns =
      [ColumnDefinition(words.library)] + moneyColumns(layout, context: context) + [
        ColumnDefinition(labels.costPerVisit, format: ReportFormats.money),
        ColumnDefinition(labels.costPerLoan, format: ReportFormats.money),
        ColumnDefinition(words.village, format: DetailSheets.indentedText),
        ColumnDefinition(words.district, format: DetailSheets.indentedText),
        ColumnDefinition(words.libraryID, format: DetailSheets.indentedText),
      ]
    let statistics = context.libraryStatistics
    let rows = DetailSheets.librariesByDistrict(context).map { score in
      let figures = statistics[score.library.id]?.figures
      let place = DetailSheets.place(of: score.library, in: context)
      var cells = [ReportCell.text(score.library.name)]
      if let figures, figures.budget.rows + figures.budgetYearToDate.rows > 0 {
        cells += moneyCells(
          period: (
            figures.budget.allocated, figures.budget.spent,
            DetailSheets.fraction(figures.absorption)
          ),
          yearToDate: (
            figures.budgetYearToDate.allocated, figures.budgetYearToDate.spent,
            DetailSheets.fraction(figures.absorptionYearToDate)
          ), layout: layout)
      } else {
        cells += Array(repeating: ReportCell.empty, count: layout.next - 1)
      }
      return cells + [
        .number(figures?.costPerVisit), .number(figures?.costPerLoan), .text(place.village),
        .text(place.district), .text(score.library.id.rawValue),
      ]
    }
    DetailSheets.keepTogether(
      rows: min(rows.count, 20) + 1, headerPoints: headerPoints, on: &sheet)
    sheet.addHeading("\(labels.byLibrary): \(context.placeTitle)")
    return DetailSheets.addPagedTable(
      columns: columns, rows: rows, headerPoints: headerPoints, tableName: "BudgetByLibrary",
      on: &sheet)
  }
}

import PustakaCore
import XLSXWriter

/// What every sheet of one data-entry template shares: its language, its month and how its
/// rows name the library.
struct TemplateContext {
  /// The template's language.
  let language: ReportLanguage
  /// Its words.
  let labels: TemplateLabels
  /// The month it collects.
  let month: Month
  /// The month in words: "Oktober 2026".
  let monthName: String
  /// The `library_id` cell of every prefilled row: the registered id, or for a blank template
  /// a formula that repeats the id typed on the libraries sheet.
  let libraryCell: CellValue

  /// The month as a cell: a date of its first day, shown `yyyy-mm`.
  var monthCell: CellValue { .date(year: month.year, month: month.month, day: 1) }

  /// A category's stock in words, grouped as the language writes numbers: "3.000 judul,
  /// 4.500 eksemplar".
  func stockText(_ stock: CollectionStock) -> String {
    let numbers = ReportLabels.of(language).detail
    return labels.stockLine(
      numbers.number(Double(stock.titles), decimals: 0),
      numbers.number(Double(stock.copies), decimals: 0))
  }
}

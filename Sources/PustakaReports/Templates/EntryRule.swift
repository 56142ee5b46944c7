import PustakaCore
import XLSXWriter

/// The data validation of one template column: what Excel lets a manager type in its cells,
/// with the hint and the alert in the template's language.
///
/// The rules follow the contract's types and limits (`ContractLimits`), so what a cell accepts
/// is what the loader accepts. Two rules compare with another cell of the row, as the contract
/// does: child visitors at most the visitors, copies at least the titles.
struct EntryRule {
  /// The column's table.
  let table: ContractTable
  /// The column.
  let column: ContractColumn
  /// The month a dated row must fall in, or `nil` for dates of any supported year.
  let month: Month?
  /// The template's words.
  let labels: TemplateLabels
  /// The language of the enumerations' names.
  let language: ReportLanguage
  /// The month in words, for the hints: "Oktober 2026".
  let monthName: String

  /// The validation of the column's cells in `rows` (zero-based, both included).
  func validation(rows: ClosedRange<Int>) -> DataValidation {
    let position = table.position(of: column.key)
    let range = CellRange(
      firstRow: rows.lowerBound, firstColumn: position, lastRow: rows.upperBound,
      lastColumn: position)
    let hint = labels.hint(column, monthName)
    return DataValidation(
      range: range, rule: rule(firstRow: rows.lowerBound),
      inputMessage: .init(title: String(hint.title.prefix(32)), text: hint.text),
      errorMessage: .init(title: String(hint.title.prefix(32)), text: hint.error))
  }

  private func rule(firstRow: Int) -> DataValidation.Rule {
    let whole = Double(ContractLimits.wholeNumber)
    switch (column.key, column.type) {
    case ("child_visitors", _):
      let child = cell("child_visitors", firstRow)
      let visitors = cell("visitors", firstRow)
      return .custom(formula: "=AND(INT(\(child))=\(child),\(child)>=0,\(child)<=\(visitors))")
    case ("copies", _):
      let copies = cell("copies", firstRow)
      let titles = cell("titles", firstRow)
      return .custom(
        formula: "=AND(INT(\(copies))=\(copies),\(copies)>=\(titles),\(copies)<=\(Int(whole)))")
    case (_, .wholeNumber):
      return .wholeNumber(.between(0, whole))
    case (_, .positiveWholeNumber):
      return .wholeNumber(.between(1, whole))
    case (_, .number):
      return .decimal(.between(0, whole))
    case (_, .rupiah):
      return .decimal(.between(0, Double(ContractLimits.rupiah)))
    case (_, .date), (_, .month):
      return dateRule
    case (_, .boolean):
      return .list([labels.yes, labels.no])
    case (_, .enumeration(let kind)):
      return .list(kind.values.map { $0.displayName.text(in: language) })
    case (_, .id), (_, .text):
      return .textLength(.between(1, Double(ContractLimits.textLength)))
    }
  }

  private var dateRule: DataValidation.Rule {
    if let month {
      return .dateBetween(
        ValidationDate(year: month.year, month: month.month, day: 1),
        ValidationDate(year: month.year, month: month.month, day: month.numberOfDays))
    }
    let years = ContractLimits.years
    return .dateBetween(
      ValidationDate(year: years.lowerBound, month: 1, day: 1),
      ValidationDate(year: years.upperBound, month: 12, day: 31))
  }

  private func cell(_ key: String, _ row: Int) -> String {
    CellReference.columnName(table.position(of: key)) + String(row + 1)
  }
}

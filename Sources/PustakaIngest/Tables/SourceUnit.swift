import Foundation
import PustakaCore

/// One file, or one sheet of a workbook, read for one table: the unit of per-file diagnostics.
struct SourceUnit: Sendable {
  /// Where the unit's rows come from.
  enum Origin: Sendable {
    /// A CSV or TSV file.
    case csv(InputFile, isTabDelimited: Bool)
    /// A sheet of an `.xlsx` workbook, by its position in the workbook.
    case sheet(InputFile, index: Int)
  }

  /// The file's path relative to the data folder, written with `/`.
  let file: String
  /// The sheet's name, for workbooks.
  let sheet: String?
  /// The table the rows belong to.
  let table: TableName
  /// Where to read the rows again.
  let origin: Origin

  /// A diagnostic located in this unit; a `value` longer than `Diagnostic.excerptLength`
  /// characters is kept as its excerpt.
  func diagnostic(
    _ severity: Diagnostic.Severity, _ code: String, line: Int? = nil, column: Int? = nil,
    field: String? = nil, value: String? = nil, message: String
  ) -> Diagnostic {
    Diagnostic(
      severity: severity, code: code, table: table, file: file, sheet: sheet, line: line,
      column: column, field: field, value: value.map(Diagnostic.excerpt), message: message)
  }

  /// "line" for CSV files, "row" for sheets, for messages.
  var lineWord: String { sheet == nil ? "line" : "row" }
}

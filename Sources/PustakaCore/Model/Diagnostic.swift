/// A problem found in the input data (*catatan validasi*): where it is, what was found and what
/// was expected.
///
/// Data problems never stop a run; they are collected as diagnostics and printed
/// compiler-style by `formatted`: `budget.csv:7:5: error: spent_idr "-5000" is negative`.
package struct Diagnostic: Hashable, Sendable {
  /// How serious a diagnostic is.
  package enum Severity: String, Hashable, Sendable {
    /// The row (or file) is not used.
    case error
    /// The row is used (or, for an identical copy, left out) and the problem is reported.
    case warning
  }

  /// Whether the problem rejected something or is only reported.
  package var severity: Severity
  /// A stable, dotted code such as `budget.spent_idr.negative` or `file.notUTF8`.
  package var code: String
  /// The table the problem belongs to, when known.
  package var table: TableName?
  /// The file's path relative to the data folder, written with `/`.
  package var file: String
  /// The sheet of an `.xlsx` file; `nil` for CSV files.
  package var sheet: String?
  /// The 1-based line of a CSV file (or row of a sheet); `nil` for a whole-file problem.
  package var line: Int?
  /// The 1-based column position in the file; `nil` when the problem is not about one cell.
  package var column: Int?
  /// The contract's name of the column concerned, such as `spent_idr`.
  package var field: String?
  /// The value as found in the cell, trimmed.
  package var value: String?
  /// A short sentence naming the value and what was expected.
  package var message: String

  /// Creates a diagnostic.
  package init(
    severity: Severity, code: String, table: TableName? = nil, file: String,
    sheet: String? = nil, line: Int? = nil, column: Int? = nil, field: String? = nil,
    value: String? = nil, message: String
  ) {
    self.severity = severity
    self.code = code
    self.table = table
    self.file = file
    self.sheet = sheet
    self.line = line
    self.column = column
    self.field = field
    self.value = value
    self.message = message
  }

  /// Where the problem is: `budget.csv:7:5`, `okt.xlsx[attendance]:12:3` or `budget.csv`.
  package var location: String {
    var text = file
    if let sheet { text += "[\(sheet)]" }
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    return text
  }

  /// Whether the diagnostic is about a whole file that could not be read (`file.*`, error):
  /// such a file is named and the run goes on without it, unless `--strict`.
  package var isFileError: Bool {
    severity == .error && code.hasPrefix("file.")
  }

  /// The diagnostic compiler-style: `budget.csv:7:5: error: spent_idr "-5000" is negative`.
  package var formatted: String {
    "\(location): \(severity.rawValue): \(message)"
  }
}

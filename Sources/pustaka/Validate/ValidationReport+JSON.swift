import Foundation
import PustakaCore
import PustakaIngest

extension ValidationReport {
  /// The JSON document of `--format json`, described in docs/validate-json.md.
  struct Document: Encodable {
    /// The version of this document's shape.
    var formatVersion = 1
    /// The data path as given.
    var data: String
    /// Whether `--strict` was given.
    var strict: Bool
    /// The exit status of the run.
    var exitStatus: Int32
    /// Whether a file or sheet provided the `libraries` table.
    var librariesTable: Bool
    /// Counts over the whole run.
    var totals: Totals
    /// One entry per table, in the contract's order.
    var tables: [Table]
    /// One entry per file or sheet read, in reading order.
    var files: [File]
    /// Files not read on purpose.
    var skipped: [Skipped]
    /// Every problem, in reading order; `file` is relative to `data`.
    var diagnostics: [Problem]
  }

  // The entries below are this document's own types, so that renaming a field of the
  // loader's types never changes the documented format.

  /// `tables[]`.
  struct Table: Encodable {
    var table: String
    var files: Int
    var rowsRead: Int
    var accepted: Int
    var rejected: Int
    var warnings: Int

    init(_ summary: TableSummary) {
      table = summary.table.rawValue
      files = summary.files
      rowsRead = summary.rowsRead
      accepted = summary.accepted
      rejected = summary.rejected
      warnings = summary.warnings
    }
  }

  /// `files[]`.
  struct File: Encodable {
    var file: String
    var sheet: String?
    var table: String
    var rowsRead: Int
    var rejected: Int

    init(_ summary: InputFileSummary) {
      file = summary.path
      sheet = summary.sheet
      table = summary.table.rawValue
      rowsRead = summary.rowsRead
      rejected = summary.rejected
    }
  }

  /// `skipped[]`.
  struct Skipped: Encodable {
    var file: String
    var reason: String

    init(_ skipped: SkippedFile) {
      file = skipped.file
      reason = skipped.reason
    }
  }

  /// `diagnostics[]`.
  struct Problem: Encodable {
    var severity: String
    var code: String
    var table: String?
    var file: String
    var sheet: String?
    var line: Int?
    var column: Int?
    var field: String?
    var value: String?
    var message: String

    init(_ diagnostic: Diagnostic) {
      severity = diagnostic.severity.rawValue
      code = diagnostic.code
      table = diagnostic.table?.rawValue
      file = diagnostic.file
      sheet = diagnostic.sheet
      line = diagnostic.line
      column = diagnostic.column
      field = diagnostic.field
      value = diagnostic.value
      message = diagnostic.message
    }
  }

  /// Counts over the whole run.
  struct Totals: Encodable {
    var errors: Int
    var warnings: Int
    var rejectedRows: Int
    var unreadableFiles: Int
  }

  /// The JSON report, pretty-printed with sorted keys so that it is stable.
  func json() -> String {
    let document = Document(
      data: dataPath, strict: strict, exitStatus: status.rawValue,
      librariesTable: result.hasLibrariesTable,
      totals: Totals(
        errors: result.errorCount, warnings: result.warningCount,
        rejectedRows: result.rejectedRows.count, unreadableFiles: result.unreadableFiles.count),
      tables: result.tables.map(Table.init), files: result.inputs.map(File.init),
      skipped: result.skippedFiles.map(Skipped.init),
      diagnostics: result.diagnostics.map(Problem.init))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(document) else {
      preconditionFailure("the validation document always encodes")
    }
    return String(decoding: data, as: UTF8.self)
  }
}

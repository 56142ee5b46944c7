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
    var tables: [TableSummary]
    /// One entry per file or sheet read, in reading order.
    var files: [InputSummary]
    /// Files not read on purpose.
    var skipped: [SkippedFile]
    /// Every problem, in reading order; `file` is relative to `data`.
    var diagnostics: [Diagnostic]
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
      tables: result.tables, files: result.inputs, skipped: result.skippedFiles,
      diagnostics: result.diagnostics)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(document) else {
      preconditionFailure("the validation document always encodes")
    }
    return String(decoding: data, as: UTF8.self)
  }
}

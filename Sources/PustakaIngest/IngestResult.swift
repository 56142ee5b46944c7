import PustakaCore

/// Everything loading a data set produced: the accepted rows, the problems and the counts.
package struct IngestResult: Sendable {
  /// The accepted rows of the six tables.
  package let dataSet: DataSet
  /// Every problem found, in reading order (file, sheet, line, column).
  package let diagnostics: [Diagnostic]
  /// Every rejected row, in reading order, with its cells and reasons.
  package let rejectedRows: [RejectedRow]
  /// One summary per table, in the contract's order.
  package let tables: [TableSummary]
  /// One summary per file or sheet read, in reading order.
  package let inputs: [InputFileSummary]
  /// The data-entry templates read (workbooks whose properties state the library and month
  /// they were written for), by path relative to the data folder.
  package let submissions: [String: SubmissionIdentity]
  /// Files in the data folder that were not read, and why.
  package let skippedFiles: [SkippedFile]

  /// Files that could not be read at all (`file.*` errors), by relative path.
  package var unreadableFiles: [String] {
    diagnostics.filter { $0.code.hasPrefix("file.") && $0.severity == .error }.map(\.file)
  }

  /// Files that could not be read at all and held, or may have held, the `libraries` table:
  /// its CSV files and unreadable workbooks, by relative path.
  package var unreadableLibrariesFiles: [String] {
    diagnostics.filter {
      $0.code.hasPrefix("file.") && $0.severity == .error
        && ($0.table == .libraries || $0.table == nil)
    }.map(\.file)
  }

  /// Whether any file or sheet provided the required `libraries` table.
  package var hasLibrariesTable: Bool { dataSet.provides(.libraries) }

  /// The number of warning diagnostics.
  package var warningCount: Int { diagnostics.count { $0.severity == .warning } }

  /// The number of error diagnostics.
  package var errorCount: Int { diagnostics.count { $0.severity == .error } }
}

/// The counts of one table (*ringkasan tabel*); `rowsRead == accepted + rejected` always holds.
package struct TableSummary: Hashable, Sendable {
  /// The table.
  package var table: TableName
  /// The files and sheets that were read for it.
  package var files: Int
  /// Non-blank rows after the header, rejected ones included.
  package var rowsRead: Int
  /// Rows in the data set.
  package var accepted: Int
  /// Rows rejected, identical copies included.
  package var rejected: Int
  /// Warning diagnostics about the table.
  package var warnings: Int
}

/// A file in the data folder that was deliberately not read (*berkas dilewati*).
package struct SkippedFile: Hashable, Sendable {
  /// The path relative to the data folder, written with `/`.
  package var file: String
  /// Why it was skipped, such as `report written by pustaka`.
  package var reason: String
}

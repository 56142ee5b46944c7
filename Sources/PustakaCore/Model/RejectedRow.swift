/// An input row that was not used (*baris ditolak*), kept with its cells and reasons so that
/// nothing read is silently dropped.
package struct RejectedRow: Hashable, Sendable {
  /// The table the row was read for.
  package var table: TableName
  /// The file's path relative to the data folder, written with `/`.
  package var file: String
  /// The sheet of an `.xlsx` file; `nil` for CSV files.
  package var sheet: String?
  /// The 1-based line of the file (or row of the sheet).
  package var line: Int
  /// The row's cells as read, trimmed, in file order.
  package var cells: [String]
  /// Why the row was rejected, at least one reason.
  ///
  /// A row rejected only as an identical copy (`duplicate`) has reasons of warning severity.
  package var reasons: [Diagnostic]
  /// The row's library id, when it could be read; it tells whose regency the row belongs to.
  package var libraryID: String?
  /// The regency named on a rejected `libraries` row, when the row has one; it places a row
  /// whose library is not in the registry.
  package var regency: String?

  /// Creates a rejected row.
  package init(
    table: TableName, file: String, sheet: String? = nil, line: Int, cells: [String],
    reasons: [Diagnostic], libraryID: String? = nil, regency: String? = nil
  ) {
    self.table = table
    self.file = file
    self.sheet = sheet
    self.line = line
    self.cells = cells
    self.reasons = reasons
    self.libraryID = libraryID
    self.regency = regency
  }

  /// Whether the row was rejected for an error (not only as an identical copy).
  package var isError: Bool {
    reasons.contains { $0.severity == .error }
  }
}

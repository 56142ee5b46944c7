/// One input file, or one sheet of an input workbook, and what became of its rows
/// (*berkas masukan*).
///
/// The loader fills it as it reads (rows, rejections and warnings counted per file and
/// sheet, never matched by name afterwards); the run adds the checksum. `validate`, the
/// manifest and the Data quality and Method sheets all read this one type.
package struct InputFileSummary: Hashable, Sendable {
  /// The path relative to the data folder, with `/`.
  package var path: String
  /// The sheet, for rows read from a workbook.
  package var sheet: String?
  /// The table the rows belong to.
  package var table: TableName
  /// The SHA-256 of the file's bytes, lowercase hex; `nil` until the run hashes the file, or
  /// when it could not be read again to hash it (never a made-up value).
  package var sha256: String?
  /// Non-blank rows after the header.
  package var rowsRead: Int
  /// Rows accepted.
  package var accepted: Int
  /// Rows rejected; `rowsRead == accepted + rejected`.
  package var rejected: Int
  /// Warning diagnostics about the file's (or sheet's) rows.
  package var warnings: Int

  /// Creates a file summary.
  package init(
    path: String, sheet: String? = nil, table: TableName, sha256: String? = nil,
    rowsRead: Int, accepted: Int, rejected: Int, warnings: Int
  ) {
    self.path = path
    self.sheet = sheet
    self.table = table
    self.sha256 = sha256
    self.rowsRead = rowsRead
    self.accepted = accepted
    self.rejected = rejected
    self.warnings = warnings
  }
}

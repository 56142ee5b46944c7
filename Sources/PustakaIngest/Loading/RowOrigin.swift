import PustakaCore

/// Where a row was read: its unit (file or sheet, by position in the run's unit list) and line.
struct RowOrigin: Hashable, Comparable, Sendable {
  /// The position of the unit in `DataSetLoader`'s list, which follows the reading order.
  var unit: Int
  /// The 1-based line (or sheet row).
  var line: Int

  static func < (lhs: RowOrigin, rhs: RowOrigin) -> Bool {
    (lhs.unit, lhs.line) < (rhs.unit, rhs.line)
  }
}

/// A row rejected while loading, before its cells are known when it was rejected late.
struct PendingRejection: Sendable {
  /// Where the row was read.
  var origin: RowOrigin
  /// The row's library id, when it could be read.
  var libraryID: LibraryID?
  /// The row's cells; `nil` until they are read again for a row rejected after decoding.
  var cells: [String]?
  /// Why it was rejected.
  var reasons: [Diagnostic]
}

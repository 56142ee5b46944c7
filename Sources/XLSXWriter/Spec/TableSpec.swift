/// An Excel table (*ListObject*): a banded range with a header row and filter buttons.
package struct TableSpec: Hashable, Sendable {
  /// The table's name: letters, digits and underscores, starting with a letter, unique in the
  /// workbook.
  package var name: String
  /// The range including the header row.
  package var range: CellRange
  /// The header captions, one per column of `range`.
  package var columnHeaders: [String]
  /// Excel's built-in style: `.medium(2)` is "Table Style Medium 2".
  package var style: TableStyle = .medium(2)
  /// Whether alternate rows are shaded.
  package var bandedRows = true

  /// Creates a table over `range` (header row first) with one caption per column.
  package init(
    name: String, range: CellRange, columnHeaders: [String], style: TableStyle = .medium(2),
    bandedRows: Bool = true
  ) {
    self.name = name
    self.range = range
    self.columnHeaders = columnHeaders
    self.style = style
    self.bandedRows = bandedRows
  }
}

/// One of Excel's built-in table styles.
package enum TableStyle: Hashable, Sendable {
  /// "Table Style Light N", 1 to 21.
  case light(Int)
  /// "Table Style Medium N", 1 to 28.
  case medium(Int)
  /// "Table Style Dark N", 1 to 11.
  case dark(Int)
}

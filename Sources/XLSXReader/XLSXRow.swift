/// The cells of one worksheet row that has any, with the row's 0-based index.
package struct XLSXRow: Sendable, Equatable {
  /// The 0-based row index; rows without cells are absent, so indexes may skip.
  package var index: Int
  /// The row's cells, left to right; columns without a cell are absent.
  package var cells: [XLSXCell]

  /// Creates a row.
  package init(index: Int, cells: [XLSXCell]) {
    self.index = index
    self.cells = cells
  }

  /// The cell in 0-based column `column`, if the row has one.
  package func cell(column: Int) -> XLSXCell? {
    cells.first { $0.column == column }
  }
}

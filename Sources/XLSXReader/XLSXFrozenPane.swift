/// Where a sheet's panes are frozen, from `<pane state="frozen">`.
package struct XLSXFrozenPane: Sendable, Equatable {
  /// The number of frozen rows at the top, which is also the 0-based index of the first row that
  /// scrolls (`ySplit`).
  package var row: Int
  /// The number of frozen columns at the left, which is also the 0-based index of the first
  /// column that scrolls (`xSplit`).
  package var column: Int

  /// Creates a frozen pane.
  package init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }
}

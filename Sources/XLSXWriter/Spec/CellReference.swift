/// The position of one cell, zero-based, as libxlsxwriter counts rows and columns.
///
/// A1 text is rendered from it (`CellReference(row: 0, column: 1).a1` is `B1`), never parsed
/// back into one.
package struct CellReference: Hashable, Comparable, Sendable {
  /// The zero-based row: 0 is Excel's row 1.
  package var row: Int
  /// The zero-based column: 0 is Excel's column A.
  package var column: Int

  /// Creates a reference to the cell at `row` and `column`, both counted from 0.
  package init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }

  /// Orders references row by row, then column by column (the order Excel stores cells in).
  package static func < (lhs: CellReference, rhs: CellReference) -> Bool {
    (lhs.row, lhs.column) < (rhs.row, rhs.column)
  }

  /// The reference in A1 notation, such as `B3`.
  package var a1: String { "\(Self.columnName(column))\(row + 1)" }

  /// The reference in absolute A1 notation, such as `$B$3`.
  package var absoluteA1: String { "$\(Self.columnName(column))$\(row + 1)" }

  /// The cell `rows` below and `columns` right of this one.
  package func offset(rows: Int = 0, columns: Int = 0) -> CellReference {
    CellReference(row: row + rows, column: column + columns)
  }

  /// The column's letters: 0 is `A`, 25 is `Z`, 26 is `AA`.
  package static func columnName(_ column: Int) -> String {
    precondition(column >= 0, "column index must not be negative")
    var letters: [Character] = []
    var remaining = column + 1
    while remaining > 0 {
      let digit = (remaining - 1) % 26
      letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
      remaining = (remaining - 1) / 26
    }
    return String(letters.reversed())
  }
}

/// A rectangle of cells from `first` (top left) to `last` (bottom right), both included.
package struct CellRange: Hashable, Sendable {
  /// The top-left cell.
  package var first: CellReference
  /// The bottom-right cell.
  package var last: CellReference

  /// Creates the range spanning `first` to `last`.
  package init(_ first: CellReference, _ last: CellReference) {
    precondition(first.row <= last.row && first.column <= last.column, "range corners out of order")
    self.first = first
    self.last = last
  }

  /// Creates the range from zero-based row and column bounds.
  package init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
    self.init(
      CellReference(row: firstRow, column: firstColumn),
      CellReference(row: lastRow, column: lastColumn))
  }

  /// The range in A1 notation, such as `A1:C10` (a single cell renders as `A1`).
  package var a1: String { first == last ? first.a1 : "\(first.a1):\(last.a1)" }

  /// The range in absolute A1 notation, such as `$A$1:$C$10`.
  package var absoluteA1: String {
    first == last ? first.absoluteA1 : "\(first.absoluteA1):\(last.absoluteA1)"
  }

  /// The number of rows the range spans.
  package var rowCount: Int { last.row - first.row + 1 }

  /// The number of columns the range spans.
  package var columnCount: Int { last.column - first.column + 1 }

  /// Whether `reference` lies inside the range.
  package func contains(_ reference: CellReference) -> Bool {
    (first.row...last.row).contains(reference.row)
      && (first.column...last.column).contains(reference.column)
  }

  /// The range qualified with its sheet, quoted where Excel needs it: `'Data Sheet'!$A$1:$A$5`.
  package func qualified(bySheet sheet: String) -> String {
    "\(SheetName.quotedForFormula(sheet))!\(absoluteA1)"
  }
}

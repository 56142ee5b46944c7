/// One cell of a worksheet: its position, value, formula and resolved format.
package struct XLSXCell: Sendable, Equatable {
  /// The 0-based row.
  package var row: Int
  /// The 0-based column.
  package var column: Int
  /// The value, or the cached result of the formula.
  package var value: XLSXValue
  /// The formula as stored in `<f>` (without a leading "="); shared formulas are expanded to
  /// this cell unless `isSharedFormulaMaster` says the master's text was kept.
  package var formula: String?
  /// Whether `formula` is the unshifted text of a shared formula's master, kept because its
  /// references (whole rows or columns) could not be shifted safely.
  package var isSharedFormulaMaster: Bool
  /// The number format code, resolved through `styles.xml` ("General" for id 0).
  package var numberFormat: String
  /// The number format id the cell's style names (built-in below 164, custom from 164).
  package var numberFormatID: Int
  /// The index into `cellXfs` of the cell's style (0 when the cell names none).
  package var styleIndex: Int
  /// Whether the font of the cell's style is bold.
  package var isBold: Bool
  /// Whether the cell's style locks it when the sheet is protected (the default).
  package var isLocked: Bool

  /// Creates a cell; the defaults are those of a cell that names no style and has no formula.
  package init(
    row: Int, column: Int, value: XLSXValue, formula: String? = nil,
    isSharedFormulaMaster: Bool = false, numberFormat: String = "General",
    numberFormatID: Int = 0, styleIndex: Int = 0, isBold: Bool = false,
    isLocked: Bool = true
  ) {
    self.row = row
    self.column = column
    self.value = value
    self.formula = formula
    self.isSharedFormulaMaster = isSharedFormulaMaster
    self.numberFormat = numberFormat
    self.numberFormatID = numberFormatID
    self.styleIndex = styleIndex
    self.isBold = isBold
    self.isLocked = isLocked
  }

  /// The cell's A1 reference: row 2, column 1 is "B3".
  package var reference: String {
    CellAddress(row: row, column: column).a1
  }
}

/// Everything one worksheet holds: cells, layout, rules, print setup and charts.
///
/// Cells are kept by position; writing the same position again replaces the earlier value.
package struct SheetSpec: Sendable {
  /// The tab's name: at most 31 characters, none of `[]:*?/\`.
  package var name: String
  /// The cells by position.
  package private(set) var cells: [CellReference: Cell] = [:]
  /// Column widths and formats, by zero-based column.
  package var columns: [Int: ColumnSpec] = [:]
  /// Row heights in points, by zero-based row.
  package var rowHeights: [Int: Double] = [:]
  /// Merged ranges; the value of the top-left cell shows across the range.
  package var mergedRanges: [CellRange] = []
  /// The first cell that scrolls: rows above and columns left of it stay in view.
  package var frozenPane: CellReference?
  /// The range with filter buttons on its first row.
  package var autoFilter: CellRange?
  /// Excel tables (*ListObjects*).
  package var tables: [TableSpec] = []
  /// Conditional formats, in priority order.
  package var conditionalFormats: [ConditionalFormat] = []
  /// Data-entry rules.
  package var dataValidations: [DataValidation] = []
  /// Cell notes, by position.
  package var comments: [CellReference: String] = [:]
  /// Whether Excel's grid lines show on screen and paper.
  package var showsGridLines = true
  /// Paper, orientation, scaling, repeated rows, header and footer, margins.
  package var printSetup = PrintSetup()
  /// Charts drawn over the sheet.
  package var charts: [ChartSpec] = []
  /// The zoom level in percent (10 to 400).
  package var zoomPercent = 100
  /// A colour for the sheet's tab.
  package var tabColor: Color?
  /// Whether the sheet is protected, without a password: locked cells (`CellFormat.isLocked`,
  /// the default) cannot be changed, while columns and rows can still be resized.
  package var isProtected = false

  /// Creates an empty sheet named `name`.
  package init(name: String) {
    self.name = name
  }

  /// One cell's value and look.
  package struct Cell: Hashable, Sendable {
    /// What the cell holds.
    package var value: CellValue
    /// How it looks.
    package var format: CellFormat
  }

  /// Sets the cell at `reference` to `value` shown with `format`.
  package mutating func write(
    _ value: CellValue, at reference: CellReference, format: CellFormat = .standard
  ) {
    cells[reference] = Cell(value: value, format: format)
  }

  /// Sets the cell at zero-based `row` and `column`.
  package mutating func write(
    _ value: CellValue, row: Int, column: Int, format: CellFormat = .standard
  ) {
    write(value, at: CellReference(row: row, column: column), format: format)
  }

  /// Writes `values` left to right starting at `start`, all with `format`.
  package mutating func writeRow(
    _ values: [CellValue], startingAt start: CellReference, format: CellFormat = .standard
  ) {
    for (offset, value) in values.enumerated() {
      write(value, at: start.offset(columns: offset), format: format)
    }
  }

  /// The cell at `reference`, if one was written.
  package subscript(reference: CellReference) -> Cell? { cells[reference] }

  /// The cells in the order Excel stores them: row by row, left to right.
  ///
  /// Copies the cells out once and sorts plain integers standing for their places in that
  /// copy: sorting the key-value pairs moved (and retained) every cell's value and format at
  /// each step, and sorting the references and then looking each cell up hashed every
  /// reference again.
  package var cellsInRowOrder: [(reference: CellReference, cell: Cell)] {
    let pairs = Array(cells)
    let withinExcel =
      pairs.count < 1 << 30
      && pairs.allSatisfy { pair in
        (0..<ExcelLimits.rowCount).contains(pair.key.row)
          && (0..<ExcelLimits.columnCount).contains(pair.key.column)
      }
    guard withinExcel else {
      // Only a sheet that `ExcelLimits` refuses to write gets here.
      return pairs.sorted { $0.key < $1.key }.map { (reference: $0.key, cell: $0.value) }
    }
    // Row (20 bits), column (14 bits) and position in `pairs` (30 bits) in one integer.
    let order = pairs.indices.map { index in
      let reference = pairs[index].key
      return UInt64(reference.row) << 44 | UInt64(reference.column) << 30 | UInt64(index)
    }.sorted()
    return order.map { key in
      let pair = pairs[Int(key & (1 << 30 - 1))]
      return (reference: pair.key, cell: pair.value)
    }
  }
}

/// The width and default look of one column.
package struct ColumnSpec: Hashable, Sendable {
  /// How wide the column is.
  package var width: ColumnWidth
  /// The format of the column's empty cells.
  package var format: CellFormat?
  /// Whether the column is hidden.
  package var isHidden = false

  /// Creates a column setting.
  package init(width: ColumnWidth, format: CellFormat? = nil, isHidden: Bool = false) {
    self.width = width
    self.format = format
    self.isHidden = isHidden
  }
}

/// A column width in Excel's units (the width of one `0` in the default font).
package enum ColumnWidth: Hashable, Sendable {
  /// A fixed width.
  case fixed(Double)
  /// As wide as the longest formatted value in the column (headers included), at least
  /// `minimum` and at most `maximum`. libxlsxwriter 1.1.4 has no autofit, so the writer
  /// measures the values itself.
  case fitContent(minimum: Double, maximum: Double)

  /// Fits the content between 6 and 50 characters.
  package static let fit = ColumnWidth.fitContent(minimum: 6, maximum: 50)
}

import XLSXWriter

/// One column of a report table: its header caption, how its cells look and how wide it is.
package struct ColumnDefinition: Sendable {
  /// The header caption.
  package var header: String
  /// The format of the column's data cells.
  package var format: CellFormat
  /// The column's width.
  package var width: ColumnWidth

  /// Creates a column; widths fit the content between 8 and 40 characters by default.
  package init(
    _ header: String, format: CellFormat = ReportFormats.text,
    width: ColumnWidth = .fitContent(minimum: 8, maximum: 40)
  ) {
    self.header = header
    self.format = format
    self.width = width
  }
}

/// Where a table landed on its sheet, for charts, formulas and conditional formats.
package struct TablePlacement: Sendable {
  /// The header row's cells.
  package var header: CellRange
  /// The data rows' first row, or `nil` when the table has no rows.
  package var firstDataRow: Int?
  /// The data rows' last row.
  package var lastDataRow: Int?
  /// The first column.
  package var firstColumn: Int
  /// The rows between `firstDataRow` and `lastDataRow` that hold a copy of the header, at the
  /// top of a printed page (`DetailSheets.addPagedTable`); empty for most tables.
  package var headerCopies: [Int] = []

  /// The runs of data rows between the header copies, first to last.
  package var dataRowRuns: [ClosedRange<Int>] {
    guard let first = firstDataRow, let last = lastDataRow else { return [] }
    var runs: [ClosedRange<Int>] = []
    var start = first
    for copy in headerCopies.sorted() where copy >= start && copy <= last {
      if copy > start { runs.append(start...(copy - 1)) }
      start = copy + 1
    }
    if start <= last { runs.append(start...last) }
    return runs
  }

  /// The data cells of column `offset` (0 is the table's first column), or `nil` when empty.
  package func dataColumn(_ offset: Int) -> CellRange? {
    guard let first = firstDataRow, let last = lastDataRow else { return nil }
    return CellRange(
      firstRow: first, firstColumn: firstColumn + offset, lastRow: last,
      lastColumn: firstColumn + offset)
  }

  /// The header cell of column `offset`.
  package func headerCell(_ offset: Int) -> CellReference {
    CellReference(row: header.first.row, column: firstColumn + offset)
  }

  /// The whole table, header included.
  package var range: CellRange {
    CellRange(
      firstRow: header.first.row, firstColumn: header.first.column,
      lastRow: lastDataRow ?? header.first.row, lastColumn: header.last.column)
  }
}

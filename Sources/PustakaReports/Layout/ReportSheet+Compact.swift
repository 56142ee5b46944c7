import XLSXWriter

extension ReportSheet {
  /// The height of a long list's data rows, in points: 16 pixels, a whole number of pixels
  /// in both Excel and LibreOffice, so that their printed pages break at the same rows.
  package static let listRowHeight = 12.0
  /// The font size of a long list's data rows: one line of 9-point text fits
  /// `listRowHeight`.
  package static let listFontSize = 9.0

  /// Sets the data rows of a long per-library list in the list style: `listRowHeight` high,
  /// in `listFontSize` text (cells with a font size of their own keep it).
  ///
  /// A list of every library prints on about a fifth fewer pages this way, and the headings,
  /// tiles and tables around it keep the sheet's own size.
  package mutating func setListStyle(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
    edit { spec in
      for row in rows {
        spec.rowHeights[row] = Self.listRowHeight
        for column in columns {
          let reference = CellReference(row: row, column: column)
          guard let cell = spec[reference], cell.format.fontSize == nil else { continue }
          var format = cell.format
          format.fontSize = Self.listFontSize
          spec.write(cell.value, at: reference, format: format)
        }
      }
    }
  }

  /// Sets the data rows of `placement`'s table in the list style (`setListStyle`).
  package mutating func setListStyle(_ placement: TablePlacement) {
    guard let first = placement.firstDataRow, let last = placement.lastDataRow else { return }
    setListStyle(
      rows: first...last, columns: placement.header.first.column...placement.header.last.column)
  }
}

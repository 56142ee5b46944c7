import XLSXWriter

extension ReportSheet {
  /// Writes the title and the subtitle, the subtitle merged across columns 0 to `lastColumn`
  /// at one line's height.
  ///
  /// The subtitle's format wraps text; left in a narrow first column, LibreOffice would grow
  /// the row to fit the wrapped words.
  package mutating func addTitle(_ title: String, subtitle: String, across lastColumn: Int) {
    let subtitleRow = nextRow + 1
    addTitle(title, subtitle: subtitle)
    span(row: subtitleRow, through: lastColumn, lines: 1)
  }

  /// Writes a note merged across columns 0 to `lastColumn`, `lines` lines high.
  package mutating func addNote(_ note: String, across lastColumn: Int, lines: Int = 1) {
    let row = nextRow
    addNote(note)
    span(row: row, through: lastColumn, lines: lines)
  }

  /// Merges `row` from column 0 to `lastColumn` and fixes its height to `lines` lines.
  private mutating func span(row: Int, through lastColumn: Int, lines: Int) {
    edit { sheet in
      if lastColumn > 0 {
        sheet.mergedRanges.append(
          CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: lastColumn))
      }
      sheet.rowHeights[row] = PageFlow.rowHeight * Double(max(lines, 1))
    }
  }
}

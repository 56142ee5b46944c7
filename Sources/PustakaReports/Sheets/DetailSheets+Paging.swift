import XLSXWriter

extension DetailSheets {
  /// Writes a long list as a table whose header is copied at the top of every printed page
  /// the list continues on, so that a printed page of 40 libraries still says what each
  /// column is.
  ///
  /// Excel repeats one fixed row range per sheet, which for a list below charts and summaries
  /// would repeat the wrong rows, so the header is written again where `PrintedPage` breaks
  /// the list, and `finish` sets the breaks there in the file. The copies sit among the data
  /// rows, so such a list is no Excel table (a copy would become a data row under its
  /// filter), a chart never reads it, and a formula or rule over its rows uses
  /// `TablePlacement.dataRowRuns`. Set the column widths first: they decide the printed scale.
  ///
  /// - Parameters:
  ///   - headerPoints: The header's height in points, for the first header and its copies.
  /// - Returns: Where the header, the data and the copies landed.
  @discardableResult
  static func addPagedTable(
    columns: [ColumnDefinition], rows: [[ReportCell]], headerPoints: Double,
    on sheet: inout ReportSheet
  ) -> TablePlacement {
    var placement = sheet.addTable(columns: columns, rows: [])
    let headerRow = placement.header.first.row
    sheet.edit { $0.rowHeights[headerRow] = headerPoints }
    guard !rows.isEmpty else { return placement }
    let page = PrintedPage(sheet: sheet.spec)
    var row = headerRow + 1
    for cells in rows {
      if page.startsPage(row, in: sheet.spec) {
        let copy = row
        sheet.edit { spec in
          for (offset, column) in columns.enumerated() {
            spec.write(
              .string(column.header), row: copy, column: placement.firstColumn + offset,
              format: ReportFormats.header)
          }
          spec.rowHeights[copy] = headerPoints
        }
        placement.headerCopies.append(copy)
        row += 1
      }
      let current = row
      sheet.edit { spec in
        for (offset, cell) in cells.enumerated() where offset < columns.count {
          spec.write(
            cell.value, row: current, column: placement.firstColumn + offset,
            format: cell.format ?? columns[offset].format)
        }
      }
      row += 1
    }
    placement.firstDataRow = headerRow + 1
    placement.lastDataRow = row - 1
    sheet.moveCursor(toAtLeast: row + 1)
    return placement
  }
}

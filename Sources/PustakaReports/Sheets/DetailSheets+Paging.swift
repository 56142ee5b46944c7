import XLSXWriter

extension DetailSheets {
  /// Writes a long list as one Excel table (filter buttons, no header rows inside its data)
  /// and, with `repeatsHeader`, makes its header row the sheet's print titles, so that every
  /// printed page the list continues on starts with its captions.
  ///
  /// Excel and LibreOffice print title rows on the pages after the rows themselves, so the
  /// list is the last block of its sheet; `PrintedPage` counts the repeated header on every
  /// page it starts, and `finish` keeps the titles when it sets the print setup. A sheet
  /// repeats one header at most. Set the column widths first: they decide the printed scale.
  ///
  /// - Parameters:
  ///   - headerPoints: The header's height in points.
  ///   - tableName: The Excel table's name, unique in the workbook.
  ///   - repeatsHeader: Whether printed pages repeat the header (one list per sheet).
  /// - Returns: Where the header and the data landed.
  @discardableResult
  static func addPagedTable(
    columns: [ColumnDefinition], rows: [[ReportCell]], headerPoints: Double,
    tableName: String, repeatsHeader: Bool = true, on sheet: inout ReportSheet
  ) -> TablePlacement {
    let placement = sheet.addTable(columns: columns, rows: rows)
    sheet.setListStyle(placement)
    let headerRow = placement.header.first.row
    sheet.edit { $0.rowHeights[headerRow] = headerPoints }
    guard !rows.isEmpty else { return placement }
    addExcelTable(named: tableName, placement, columns: columns, on: &sheet)
    if repeatsHeader {
      sheet.edit { spec in
        precondition(spec.printSetup.repeatedRows == nil, "a sheet repeats one header at most")
        spec.printSetup.repeatedRows = headerRow...headerRow
      }
    }
    return placement
  }
}

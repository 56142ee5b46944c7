import CXLSXWriter

extension SheetFiller {
  /// Applies orientation, paper, scaling, repeated rows, header, footer and margins.
  func applyPrintSetup() throws(XLSXError) {
    let setup = sheet.printSetup
    switch setup.orientation {
    case .portrait: worksheet_set_portrait(worksheet)
    case .landscape: worksheet_set_landscape(worksheet)
    }
    worksheet_set_paper(worksheet, setup.paper.excelCode)
    if let fit = setup.fitToPages {
      worksheet_fit_to_pages(
        worksheet, UInt16(clamping: max(fit.width, 0)), UInt16(clamping: max(fit.height, 0)))
    }
    if let rows = setup.repeatedRows {
      try session.check(
        worksheet_repeat_rows(worksheet, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound)),
        "setting the repeated rows of sheet '\(sheet.name)'")
    }
    if let header = setup.header {
      try session.check(
        worksheet_set_header(worksheet, header.excelCode),
        "setting the page header of sheet '\(sheet.name)'")
    }
    if let footer = setup.footer {
      try session.check(
        worksheet_set_footer(worksheet, footer.excelCode),
        "setting the page footer of sheet '\(sheet.name)'")
    }
    if let margins = setup.margins {
      worksheet_set_margins(worksheet, margins.left, margins.right, margins.top, margins.bottom)
    }
    if setup.centeredHorizontally { worksheet_center_horizontally(worksheet) }
  }
}

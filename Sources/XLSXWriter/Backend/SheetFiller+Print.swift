import CXLSXWriter

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension SheetFiller {
  /// Applies orientation, paper, scaling, repeated rows and columns, page breaks, header,
  /// footer and margins.
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
    if let scale = setup.scalePercent {
      worksheet_set_print_scale(worksheet, UInt16(clamping: scale))
    }
    if let columns = setup.repeatedColumns {
      try session.check(
        worksheet_repeat_columns(
          worksheet, lxw_col_t(clamping: columns.lowerBound),
          lxw_col_t(clamping: columns.upperBound)),
        "setting the repeated columns of sheet '\(sheet.name)'")
    }
    if let area = setup.printArea {
      try session.check(
        worksheet_print_area(
          worksheet, lxw_row_t(area.first.row), lxw_col_t(area.first.column),
          lxw_row_t(area.last.row), lxw_col_t(area.last.column)),
        "setting the print area of sheet '\(sheet.name)'")
    }
    try applyPageBreaks(setup)
    if let rows = setup.repeatedRows {
      try session.check(
        worksheet_repeat_rows(worksheet, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound)),
        "setting the repeated rows of sheet '\(sheet.name)'")
    }
    if let header = setup.header {
      try setHeaderOrFooter(header.excelCode, isHeader: true)
    }
    if let footer = setup.footer {
      try setHeaderOrFooter(footer.excelCode, isHeader: false)
    }
    if let margins = setup.margins {
      worksheet_set_margins(worksheet, margins.left, margins.right, margins.top, margins.bottom)
    }
    if setup.centeredHorizontally { worksheet_center_horizontally(worksheet) }
  }

  /// Sets the manual page breaks, sorted and without repeats, as the zero-terminated lists
  /// libxlsxwriter takes (it copies them).
  private func applyPageBreaks(_ setup: PrintSetup) throws(XLSXError) {
    if !setup.horizontalPageBreaks.isEmpty {
      var rows = Set(setup.horizontalPageBreaks).sorted().map { lxw_row_t($0) } + [0]
      try session.check(
        worksheet_set_h_pagebreaks(worksheet, &rows),
        "setting the row page breaks of sheet '\(sheet.name)'")
    }
    if !setup.verticalPageBreaks.isEmpty {
      var columns = Set(setup.verticalPageBreaks).sorted().map { lxw_col_t($0) } + [0]
      try session.check(
        worksheet_set_v_pagebreaks(worksheet, &columns),
        "setting the column page breaks of sheet '\(sheet.name)'")
    }
  }

  /// Sets the page header or footer to `code`, exactly as given.
  ///
  /// libxlsxwriter 1.1.4 reads every `&G` and `&[Picture]` in the text as an image
  /// placeholder, also right after an escaped `&&`: a district called "P&G" (code `P&&G`) makes
  /// it refuse the header, and its error path frees the header string without forgetting it,
  /// so the worksheet frees it again at the end (the double free of issue 10). Such a code is
  /// therefore set through the API as an empty header, and the exact code (length already
  /// checked by `HeaderFooter.excelCode`) is then stored in the worksheet field that
  /// libxlsxwriter writes, XML-escaped, into `<oddHeader>` / `<oddFooter>`.
  private func setHeaderOrFooter(_ code: String, isHeader: Bool) throws(XLSXError) {
    let text = XMLText.cleaned(code)
    let readsAsImage = text.contains("&G") || text.contains("&[Picture]")
    let given = readsAsImage ? "" : text
    let what = isHeader ? "header" : "footer"
    try session.check(
      isHeader ? worksheet_set_header(worksheet, given) : worksheet_set_footer(worksheet, given),
      "setting the page \(what) of sheet '\(sheet.name)'")
    guard readsAsImage else { return }
    guard let copy = strdup(text) else {
      preconditionFailure("strdup could not allocate \(text.utf8.count + 1) bytes")
    }
    if isHeader {
      free(worksheet.pointee.header)
      worksheet.pointee.header = copy
    } else {
      free(worksheet.pointee.footer)
      worksheet.pointee.footer = copy
    }
  }
}

import CXLSXWriter

/// Writes one `SheetSpec` into its libxlsxwriter worksheet.
struct SheetFiller {
  let session: WorkbookSession
  let worksheet: UnsafeMutablePointer<lxw_worksheet>
  let sheet: SheetSpec

  /// Writes everything the sheet holds, in the order libxlsxwriter needs: tables (which write
  /// their header cells), then row by row the merges and cells, then layout, rules and charts.
  func fill(constantMemory: Bool) throws(XLSXError) {
    try writeColumns()
    try writeRowHeights()
    for table in sheet.tables { try addTable(table) }
    try writeMergesAndCells()
    applyView()
    try applyPrintSetup()
    if let range = sheet.autoFilter {
      try session.check(
        worksheet_autofilter(
          worksheet, row(range.first), column(range.first), row(range.last), column(range.last)),
        "adding the autofilter on sheet '\(sheet.name)'")
    }
    for format in sheet.conditionalFormats { try addConditionalFormat(format) }
    for validation in sheet.dataValidations { try addDataValidation(validation) }
    for (reference, text) in sheet.comments.sorted(by: { $0.key < $1.key }) {
      try session.check(
        worksheet_write_comment(
          worksheet, row(reference), column(reference), XMLText.cleaned(text)),
        "writing the comment at \(sheet.name)!\(reference.a1)")
    }
    for chart in sheet.charts {
      try ChartFiller(session: session, worksheet: worksheet, sheetName: sheet.name).insert(chart)
    }
  }

  // MARK: - Cells

  private func writeMergesAndCells() throws(XLSXError) {
    let mergesByRow = Dictionary(grouping: sheet.mergedRanges, by: \.first.row)
    let cells = sheet.cellsInRowOrder
    var index = 0
    let rows = Set(mergesByRow.keys).union(cells.map(\.reference.row)).sorted()
    for rowNumber in rows {
      for merge in mergesByRow[rowNumber, default: []].sorted(by: { $0.first < $1.first }) {
        let format = try sheet[merge.first].flatMap { cell throws(XLSXError) in
          try session.cFormat(for: cell.format)
        }
        try session.check(
          worksheet_merge_range(
            worksheet, row(merge.first), column(merge.first), row(merge.last),
            column(merge.last), "", format),
          "merging \(sheet.name)!\(merge.a1)")
      }
      while index < cells.count, cells[index].reference.row == rowNumber {
        try write(cells[index].cell, at: cells[index].reference)
        index += 1
      }
    }
  }

  private func write(_ cell: SheetSpec.Cell, at reference: CellReference) throws(XLSXError) {
    let format = try session.cFormat(for: cell.format)
    let (r, c) = (row(reference), column(reference))
    let status: lxw_error
    switch cell.value {
    case .string(let text):
      status = worksheet_write_string(worksheet, r, c, XMLText.cleaned(text), format)
    case .number(let number):
      status = worksheet_write_number(worksheet, r, c, number, format)
    case .boolean(let flag):
      status = worksheet_write_boolean(worksheet, r, c, flag ? 1 : 0, format)
    case .date(let year, let month, let day):
      var date = lxw_datetime(
        year: Int32(year), month: Int32(month), day: Int32(day), hour: 0, min: 0, sec: 0)
      status = worksheet_write_datetime(worksheet, r, c, &date, format)
    case .url(let url, let text):
      status = worksheet_write_url_opt(
        worksheet, r, c, XMLText.cleaned(url), format, text.map(XMLText.cleaned), nil)
    case .blank:
      status = worksheet_write_blank(worksheet, r, c, format)
    case .formula(let formula, .number(let cached)):
      status = worksheet_write_formula_num(
        worksheet, r, c, XMLText.cleaned(formula), format, cached)
    case .formula(let formula, .string(let cached)):
      status = worksheet_write_formula_str(
        worksheet, r, c, XMLText.cleaned(formula), format, XMLText.cleaned(cached))
    }
    try session.check(status, "writing \(sheet.name)!\(reference.a1)")
  }

  // MARK: - Layout

  private func writeColumns() throws(XLSXError) {
    let fitted = ColumnWidthEstimator.fittedWidths(for: sheet)
    for (index, spec) in sheet.columns.sorted(by: { $0.key < $1.key }) {
      let width: Double
      switch spec.width {
      case .fixed(let fixed): width = fixed
      case .fitContent(let minimum, _): width = fitted[index] ?? minimum
      }
      let format = try spec.format.flatMap { format throws(XLSXError) in
        try session.cFormat(for: format)
      }
      let columnNumber = lxw_col_t(index)
      if spec.isHidden {
        var options = lxw_row_col_options(hidden: 1, level: 0, collapsed: 0)
        try session.check(
          worksheet_set_column_opt(worksheet, columnNumber, columnNumber, width, format, &options),
          "setting column \(CellReference.columnName(index)) of sheet '\(sheet.name)'")
      } else {
        try session.check(
          worksheet_set_column(worksheet, columnNumber, columnNumber, width, format),
          "setting column \(CellReference.columnName(index)) of sheet '\(sheet.name)'")
      }
    }
  }

  private func writeRowHeights() throws(XLSXError) {
    for (index, height) in sheet.rowHeights.sorted(by: { $0.key < $1.key }) {
      try session.check(
        worksheet_set_row(worksheet, lxw_row_t(index), height, nil),
        "setting row \(index + 1) of sheet '\(sheet.name)'")
    }
  }

  private func applyView() {
    if let pane = sheet.frozenPane {
      worksheet_freeze_panes(worksheet, row(pane), column(pane))
    }
    if !sheet.showsGridLines { worksheet_gridlines(worksheet, byte(LXW_HIDE_ALL_GRIDLINES)) }
    if sheet.zoomPercent != 100 {
      worksheet_set_zoom(worksheet, UInt16(clamping: min(max(sheet.zoomPercent, 10), 400)))
    }
    if let color = sheet.tabColor { worksheet_set_tab_color(worksheet, color.rgb) }
    if sheet.isProtected {
      // libxlsxwriter's flags name what stays allowed on a protected sheet.
      var options = lxw_protection()
      options.format_columns = 1
      options.format_rows = 1
      worksheet_protect(worksheet, nil, &options)
    }
  }

  // MARK: - Positions

  /// The row of `reference` as libxlsxwriter's type (checked against Excel's limits earlier).
  func row(_ reference: CellReference) -> lxw_row_t { lxw_row_t(reference.row) }

  /// The column of `reference` as libxlsxwriter's type.
  func column(_ reference: CellReference) -> lxw_col_t { lxw_col_t(reference.column) }
}

import PustakaCore
import XLSXWriter

/// Table helpers the detail sheets share: looks of totals and comparison rows, library order,
/// column widths, and the few formulas they write.
extension DetailSheets {
  // MARK: - Looks

  /// `format` in bold on the light band: a totals row, or the regency's row under a district.
  static func banded(_ format: CellFormat, bold: Bool = true) -> CellFormat {
    var result = format
    result.bold = bold
    result.fill = ReportPalette.band
    return result
  }

  /// Text set in by one step, for a text column right of figures (a village after a number).
  static let indentedText = CellFormat(indent: 1)

  /// Wrapped text aligned to the top, for long texts in fixed-width columns.
  static let wrapped = CellFormat(verticalAlignment: .top, wrapsText: true)

  /// Every cell of `row` in the band, keeping each cell's own number format or the column's.
  static func bandedRow(_ row: [ReportCell], columns: [ColumnDefinition]) -> [ReportCell] {
    row.enumerated().map { offset, cell in
      let base = cell.format ?? (offset < columns.count ? columns[offset].format : .standard)
      return ReportCell(cell.value, format: banded(base))
    }
  }

  // MARK: - Libraries and places

  /// The library's district and village as the place directory spells them (the spelling of
  /// the first row naming them).
  static func place(of library: VillageLibrary, in context: ReportContext) -> (
    district: String, village: String
  ) {
    (context.districtName(of: library), context.villageName(of: library))
  }

  /// "Kabupaten Ngawi": the regency's title, for comparison rows and headings.
  static func regencyTitle(_ context: ReportContext) -> String {
    context.labels.regencyTitle(context.scope.regencyName)
  }

  // MARK: - Sheet top

  /// Writes the title and, right under it, the subtitle (place and period) spread over the
  /// first `columns` columns, so that it neither wraps in a narrow first column nor gets cut;
  /// then an optional note.
  ///
  /// No blank row follows the subtitle: the charts that open each detail sheet then fit two
  /// rows to the first printed page.
  static func addTop(
    title: String, note: String?, columns: Int, on sheet: inout ReportSheet,
    context: ReportContext
  ) {
    sheet.addTitle(title, subtitle: nil)
    let subtitleRow = sheet.nextRow - 1
    sheet.edit { spec in
      spec.write(
        .string(context.subtitle), row: subtitleRow, column: 0, format: ReportFormats.note)
      spec.mergedRanges.append(
        CellRange(
          firstRow: subtitleRow, firstColumn: 0, lastRow: subtitleRow, lastColumn: columns - 1))
    }
    if let note {
      addWideNote(note, columns: columns, on: &sheet)
      sheet.skipRows(1)
    }
  }

  /// Writes `note` merged over the first `columns` columns, with a row tall enough for its
  /// lines (merged cells never grow by themselves).
  static func addWideNote(_ note: String, columns: Int, on sheet: inout ReportSheet) {
    let row = sheet.nextRow
    sheet.addNote(note)
    sheet.edit { spec in
      let characters = (0..<columns).reduce(0.0) { total, column in
        total + Double(pixels(ofColumn: column, in: spec)) / 7
      }
      let lines = max(1, Int((Double(note.count) * 1.1 / max(characters, 1)).rounded(.up)))
      spec.mergedRanges.append(
        CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: columns - 1))
      spec.rowHeights[row] = Double(lines) * 15 + 3
    }
  }

  // MARK: - Finishing

  /// The height of a row without one of its own on the detail sheets: 15.75 points, 21 pixels,
  /// a little more than Excel's 15 for reading on a projector.
  ///
  /// Written into every row (`finish`): a row the file leaves at the default height is 20
  /// pixels in Excel but about 18.5 in LibreOffice, which would break printed pages at
  /// different rows and defeat `PrintedPage`.
  static let rowHeight = 15.75

  /// Gives every row without a height `rowHeight`, then the shared print setup (no repeated
  /// rows: long tables copy their header instead), printed at `PrintedPage`'s fixed scale with
  /// a manual break at every row that starts a page.
  ///
  /// The breaks are those the layout planned with (charts kept off them, table headers copied
  /// under them); written into the file, they make Excel and LibreOffice break there too
  /// instead of estimating. Both ignore manual breaks on a sheet fitted to pages, hence the
  /// fixed scale, which fits the sheet's width as fitting would.
  static func finish(_ sheet: inout ReportSheet, context: ReportContext) {
    let rows = sheet.nextRow
    sheet.edit { spec in
      for row in 0..<rows where spec.rowHeights[row] == nil { spec.rowHeights[row] = rowHeight }
    }
    // A long list's header repeated on its pages (`addPagedTable`) and the end of the
    // printed part (`endPrintedPart`) outlive the shared setup.
    let repeated = sheet.spec.printSetup.repeatedRows
    let printArea = sheet.spec.printSetup.printArea
    context.applyPrintSetup(to: &sheet, repeatThrough: nil)
    sheet.edit { spec in
      spec.printSetup.repeatedRows = repeated
      spec.printSetup.printArea = printArea
    }
    let page = PrintedPage(sheet: sheet.spec)
    let printedRows = printArea.map { $0.last.row + 1 } ?? rows
    sheet.edit { spec in
      spec.printSetup.fitToPages = nil
      spec.printSetup.scalePercent = page.scale
      spec.printSetup.horizontalPageBreaks =
        printedRows > 0 ? page.pageStarts(through: printedRows - 1, in: spec) : []
    }
  }

  /// Ends the printed part of the sheet above the block that follows: a closing line saying
  /// that the block, headed `heading`, stays on screen (`line`, from the detail labels), and
  /// a print area that stops there, across every fixed column.
  ///
  /// For the blocks a meeting reads on screen rather than on paper: a regency's 217-row
  /// per-library lists (each library prints on its card), and the numbers charts draw.
  static func endPrintedPart(
    before heading: String, line: (DetailLabels) -> @Sendable (String) -> String,
    on sheet: inout ReportSheet, context: ReportContext
  ) {
    endPrintedPart(saying: line(context.labels.detail)(heading), on: &sheet)
  }

  /// Ends the printed part of the sheet with the closing line `line`, which names the blocks
  /// below that stay on screen.
  static func endPrintedPart(saying line: String, on sheet: inout ReportSheet) {
    let columns = (sheet.spec.columns.keys.max() ?? 0) + 1
    addWideNote(line, columns: columns, on: &sheet)
    let lastPrinted = sheet.nextRow - 1
    sheet.edit { spec in
      spec.printSetup.printArea = CellRange(
        firstRow: 0, firstColumn: 0, lastRow: lastPrinted, lastColumn: columns - 1)
    }
    sheet.skipRows(1)
  }

  // MARK: - Pages

  /// Moves the cursor to the next printed page when a block of `rows` ordinary rows plus
  /// `headerPoints` of taller rows (headings, table headers) would otherwise be cut by a page
  /// break; a block taller than a page starts where it is.
  ///
  /// Short tables then print whole with their heading, as a careful analyst would lay them out
  /// by hand. Set the column widths first: they decide the printed scale.
  static func keepTogether(
    rows: Int, headerPoints: Double = 0, on sheet: inout ReportSheet
  ) {
    let pixels = Double(rows) * rowHeight * 4 / 3 + headerPoints * 4 / 3
    let page = PrintedPage(sheet: sheet.spec)
    sheet.moveCursor(
      toAtLeast: page.firstRow(
        from: sheet.nextRow, fitting: Int(pixels), in: sheet.spec))
  }

  /// The lines `text` takes when wrapped in a column `width` characters wide (a little
  /// generously, since proportional letters vary).
  static func lines(_ text: String, width: Double) -> Int {
    text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, line in
      total + max(1, Int((Double(line.count) * 1.1 / max(width - 1, 1)).rounded(.up)))
    }
  }

  // MARK: - Widths

  /// A width for a money column (`"Rp "#,##0`) wide enough for `largest` rupiah, at least
  /// `minimum`: Rp 423,630,000 needs 14 characters and 2 of margin.
  static func moneyWidth(largest: Double, minimum: Double = 13) -> Double {
    var digits = 1
    var magnitude = abs(largest).rounded()
    while magnitude >= 10, digits < 20 {
      magnitude /= 10
      digits += 1
    }
    let characters = 3 + digits + (digits - 1) / 3 + (largest < 0 ? 1 : 0)
    return max(Double(characters) + 2, minimum)
  }

  /// A width for a text column: its longest text plus a margin, within `minimum` and `maximum`.
  static func textWidth(_ texts: [String], minimum: Double, maximum: Double) -> Double {
    let longest = texts.map(\.count).max() ?? 0
    return min(max(Double(longest) + 2, minimum), maximum)
  }

  /// The width of an indented library-id column (`indentedText`), in characters.
  ///
  /// Ids are capitals and digits, wider than the average character `textWidth` counts, and
  /// the indent takes about a character more. An id wider than its column spills into the
  /// next one, and in the sheet's last column LibreOffice then prints a page across for the
  /// spill: five blank pages after the budget list before this width.
  static func idWidth(_ context: ReportContext) -> Double {
    let longest = context.scores.map(\.library.id.rawValue.count).max() ?? 0
    return min(max((Double(longest) * 1.15 + 4).rounded(.up), 11), 20)
  }

  /// Fixes the widths of consecutive columns from `first` (fixed widths let charts sit side by
  /// side without overlapping and keep the printed page predictable).
  static func setWidths(_ widths: [Double], on sheet: inout ReportSheet, from first: Int = 0) {
    for (offset, width) in widths.enumerated() {
      sheet.setWidth(.fixed(width), column: first + offset)
    }
  }

  /// Writes the heading rows of a table whose columns come in groups: one merged caption over
  /// each group, then the caller's table header below.
  ///
  /// - Parameter groups: Captions and how many columns each spans, from `firstColumn`.
  static func addGroupHeader(
    _ groups: [(caption: String, span: Int)], on sheet: inout ReportSheet, firstColumn: Int
  ) {
    let row = sheet.nextRow
    sheet.edit { spec in
      for column in 0..<firstColumn {
        spec.write(.blank, row: row, column: column, format: ReportFormats.header)
      }
      var column = firstColumn
      for group in groups {
        spec.write(.string(group.caption), row: row, column: column, format: ReportFormats.header)
        if group.span > 1 {
          spec.mergedRanges.append(
            CellRange(
              firstRow: row, firstColumn: column, lastRow: row, lastColumn: column + group.span - 1)
          )
        }
        column += group.span
      }
      spec.rowHeights[row] = 20
    }
    sheet.skipRows(1)
  }

  /// Makes a placed table an Excel table: filter buttons, banded rows, and in Excel the
  /// column captions in place of the column letters once the header scrolls away (the way a
  /// table below other content keeps its header in view).
  static func addExcelTable(
    named name: String, _ placement: TablePlacement, columns: [ColumnDefinition],
    on sheet: inout ReportSheet
  ) {
    guard placement.firstDataRow != nil else { return }
    sheet.edit { spec in
      spec.tables.append(
        TableSpec(
          name: name, range: placement.range, columnHeaders: columns.map(\.header),
          style: .light(1)))
    }
  }

  /// The height in points of a header row over `columns` from `startColumn`: one line's
  /// (18) when every caption fits its column, else two lines' (30), which the header format
  /// wraps into.
  static func headerPoints(
    for columns: [ColumnDefinition], startColumn: Int = 0, in sheet: SheetSpec
  ) -> Double {
    let fits = columns.enumerated().allSatisfy { offset, column in
      let width = Double(pixels(ofColumn: startColumn + offset, in: sheet)) / 7
      return lines(column.header, width: width) == 1
    }
    return fits ? 18 : 30
  }

  /// Sets the height of the header row of `placement` (30 points fit two lines).
  static func setHeaderHeight(
    _ points: Double, of placement: TablePlacement, on sheet: inout ReportSheet
  ) {
    sheet.edit { $0.rowHeights[placement.header.first.row] = points }
  }

  // MARK: - Formulas

  /// `SUM` over `range`, cached with `total`, the sum of the values written there.
  static func sum(_ range: CellRange, total: Double, format: CellFormat) -> ReportCell {
    ReportCell(.formula("SUM(\(range.a1))", cached: .number(total)), format: format)
  }

  /// `numerator / denominator` as a share, empty when the denominator is 0: the formula
  /// `IF(B9=0,"",C9/B9)`, cached with the same division of the values written in those cells.
  static func share(
    _ numerator: (cell: CellReference, value: Double),
    of denominator: (cell: CellReference, value: Double), format: CellFormat
  ) -> ReportCell {
    let formula =
      "IF(\(denominator.cell.a1)=0,\"\",\(numerator.cell.a1)/\(denominator.cell.a1))"
    let cached: FormulaResult =
      denominator.value == 0 ? .string("") : .number(numerator.value / denominator.value)
    return ReportCell(.formula(formula, cached: cached), format: format)
  }

  /// A percentage from the engine (95 for 95 %) as the fraction a `0.0%` cell shows.
  static func fraction(_ percent: Double?) -> Double? {
    percent.map { $0 / 100 }
  }
}

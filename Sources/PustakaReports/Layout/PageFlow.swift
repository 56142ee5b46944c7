import XLSXWriter

/// Lays a report sheet out as printed pages of equal height, so that a chart and its data
/// always print on one page, in Excel and in LibreOffice alike.
///
/// Both applications break pages between rows and never move a chart: a chart that
/// straddles a break prints in two halves. Their own page length depends on a fit-to-width
/// scale that each computes a little differently, so `PageFlow` fixes the scale instead: a
/// whole percentage a few points under what fitting the width needs, which makes each page
/// hold `pageHeight` points of sheet. It pins every row's height, fills each finished page
/// with blank rows to one point under `pageHeight`, and `finish(_:closingNote:)` fits the print
/// to one page wide and exactly that many pages tall, which only the fixed scale satisfies.
///
/// Example: a sheet 1,286 pixels wide in Excel (1,363 in LibreOffice, 1,022.4 points) fits the
/// 784-point printable width at 76 %; printed at 73 %, a page holds 509 / 0.73 = 697.3 points
/// of sheet (44 rows of 15.75). Each application then picks the scale at which the sheet fills
/// exactly the pages counted, and since a page ends where the next row no longer fits, a page
/// may hold up to a row more than computed without moving any break.
package struct PageFlow: Sendable {
  /// The height of every row the flow pins, in points: 21 pixels.
  ///
  /// Not Excel's default of 15: libxlsxwriter leaves a row of exactly the default height
  /// unmarked, and LibreOffice then sizes it to its own font (about 12.8 points), which would
  /// move every break. 15.75 is the next height a whole number of pixels high.
  package static let rowHeight = 15.75
  /// A4 landscape width less the 0.4-inch side margins, in points.
  static let printableWidth = (11.69 - 0.8) * 72
  /// A4 landscape height less the 0.6-inch top and bottom margins, in points.
  static let printableHeight = (8.27 - 1.2) * 72
  /// How much wider LibreOffice draws columns than Excel (its character width is larger).
  static let libreOfficeWidthFactor = 1.06
  /// Percentage points under the width fit, so that the height fit decides the scale in
  /// both applications.
  static let scaleMargin = 3.0

  /// The print scale.
  package let scale: Double
  /// The sheet height in points that one page holds.
  package let pageHeight: Double

  /// The flow of a sheet whose printed content is `sheetWidth` pixels wide in Excel.
  ///
  /// The print range ends at a column boundary: the right edge of the column a chart's
  /// anchor ends in. A chart should end a few pixels inside a column; one ending exactly on a
  /// boundary is anchored in the next column, which then prints too.
  package init(sheetWidth: Double) {
    let points = sheetWidth * 0.75 * Self.libreOfficeWidthFactor
    let fit = (Self.printableWidth / points * 100).rounded(.down)
    scale = max(10, min(100, fit) - Self.scaleMargin) / 100
    pageHeight = Self.printableHeight / scale
  }

  /// The flow of a sheet with the given column widths (in Excel's character units) and
  /// content reaching `rightEdge` pixels, whichever is wider.
  package init(columnWidths: [Double], rightEdge: Double = 0) {
    self.init(sheetWidth: max(Self.pixels(ofColumns: columnWidths), rightEdge))
  }

  /// The width in pixels of columns with these widths, as Excel draws them (7 pixels a
  /// character plus 5 of padding, for Calibri 11).
  package static func pixels(ofColumns widths: [Double]) -> Double {
    widths.reduce(0) { $0 + ($1 * 7 + 5).rounded(.down) }
  }

  /// The height of `row` in points: its set height or the pinned height.
  package static func height(of row: Int, in spec: SheetSpec) -> Double {
    spec.rowHeights[row] ?? rowHeight
  }

  /// The number of rows from `row` down that a drawing `pixels` high covers.
  package static func rowsCovered(byPixels pixels: Double, from row: Int, in spec: SheetSpec) -> Int
  {
    var covered = 0.0
    var count = 0
    while covered < pixels * 0.75 {
      covered += height(of: row + count, in: spec)
      count += 1
    }
    return count
  }

  /// The tallest section that fits on one page under its heading, in points.
  package var sectionLimit: Double { pageHeight - pageTopHeight - 3 * Self.rowHeight }

  /// The points used on the page that `row` starts on, breaking pages as the applications
  /// do: a row that does not fit starts the next page.
  package func usedHeight(before row: Int, in spec: SheetSpec) -> Double {
    var used = 0.0
    for index in 0..<row {
      let height = Self.height(of: index, in: spec)
      used = used > 0 && used + height > pageHeight ? height : used + height
    }
    return used
  }

  /// The number of pages the rows above `row` fill.
  package func pageCount(before row: Int, in spec: SheetSpec) -> Int {
    var pages = 0
    var used = 0.0
    for index in 0..<row {
      let height = Self.height(of: index, in: spec)
      if pages == 0 || used + height > pageHeight {
        pages += 1
        used = height
      } else {
        used += height
      }
    }
    return pages
  }

  /// The blank row that opens every page after the first: taller than the few points a page
  /// may hold beyond `pageHeight`, so it never slips onto the page before.
  ///
  /// LibreOffice computes its scale from a printable height about 2 % smaller than the one
  /// it prints on, so its pages hold about 2 % more than computed; Excel's whole-percent
  /// scale adds up to 1.5 %.
  package var pageTopHeight: Double { max(24, (pageHeight * 0.03 / 0.75).rounded(.up) * 0.75) }

  /// Keeps the next `height` points of the sheet on one page: when they do not fit on the
  /// current page (with a blank row to spare), fills the page and moves the cursor to the
  /// next, past its opening blank row.
  package func keepTogether(height: Double, in sheet: inout ReportSheet) {
    pinRows(below: sheet.nextRow, in: &sheet)
    let used = usedHeight(before: sheet.nextRow, in: sheet.spec)
    guard used > 0, used + height + Self.rowHeight > pageHeight else { return }
    fillPage(&sheet, used: used)
    let top = sheet.nextRow
    sheet.edit { $0.rowHeights[top] = pageTopHeight }
    sheet.moveCursor(toAtLeast: top + 1)
  }

  /// Fills the last page, ending it with `closingNote`, and fits the print to one page wide
  /// and the pages used tall.
  ///
  /// The note on the last page's last row matters: both applications fit the print to the
  /// last cell with content, so without it the blank rows that fill the last page would not
  /// count and the scale would grow. Call it after the print setup is applied.
  package func finish(_ sheet: inout ReportSheet, closingNote: String) {
    pinRows(below: sheet.nextRow, in: &sheet)
    var used = usedHeight(before: sheet.nextRow, in: sheet.spec)
    if pageHeight - 1 - used < Self.rowHeight {
      // No room for the note: it closes a page of its own.
      fillPage(&sheet, used: used)
      used = 0
    }
    let lastRow = fillPage(&sheet, used: used)
    sheet.edit { spec in
      spec.write(
        .string(closingNote), row: lastRow, column: 0,
        format: CellFormat(fontSize: 9, italic: true, fontColor: ReportPalette.muted))
    }
    let pages = max(1, pageCount(before: sheet.nextRow, in: sheet.spec))
    sheet.edit { $0.printSetup.fitToPages = PrintSetup.FitToPages(width: 1, height: pages) }
  }

  /// Gives every row above `row` without a height of its own the pinned height.
  package func pinRows(below row: Int, in sheet: inout ReportSheet) {
    sheet.edit { spec in
      for index in 0..<row where spec.rowHeights[index] == nil {
        spec.rowHeights[index] = Self.rowHeight
      }
    }
  }

  /// Adds blank rows from the cursor up to one point under the page's end, so the next row
  /// starts the next page: rows of the default height, one shorter row for the remainder
  /// before the last.
  ///
  /// - Returns: The last row added (a full-height one), or the row above the cursor when the
  ///   page has no room left.
  @discardableResult
  private func fillPage(_ sheet: inout ReportSheet, used: Double) -> Int {
    // A block taller than a page leaves no room (negative): add nothing then.
    let room = max(0, pageHeight - 1 - used)
    let fullRows = max(0, Int((room / Self.rowHeight).rounded(.down)))
    // Heights in whole pixels (0.75 points), which both applications keep exactly.
    let remainder = ((room - Double(fullRows) * Self.rowHeight) / 0.75).rounded(.down) * 0.75
    var row = sheet.nextRow
    sheet.edit { spec in
      if remainder > 0, fullRows > 0 {
        spec.rowHeights[row] = remainder
        row += 1
      }
      for _ in 0..<fullRows {
        spec.rowHeights[row] = Self.rowHeight
        row += 1
      }
    }
    sheet.moveCursor(toAtLeast: row)
    return row - 1
  }
}

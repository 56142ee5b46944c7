import XLSXWriter

/// Where the printed pages of a report sheet break, so that charts can be kept off the breaks
/// and long tables can repeat their header on every page; the detail sheets then set exactly
/// these breaks in the file.
///
/// Every detail sheet prints on landscape A4 with margins of 0.4 in left and right and 0.6 in
/// top and bottom (`ReportSheet.applyPrintSetup`). At 96 pixels an inch that leaves 1,045 by
/// 679 pixels. Excel draws a column of width `w` as `7w + 5` pixels; LibreOffice draws it
/// `7.4 (w + 5/7)` pixels wide (read from its own conversion of our sheets, and checked
/// against the pages it prints). Fitting to the page width would make each program pick its
/// own scale, and both ignore manual page breaks on a sheet fitted to pages, so the detail
/// sheets print at one fixed scale instead: the largest whole percentage at which the wider
/// (LibreOffice's) drawing fits the width. A page then holds `679 / scale` pixels of rows in
/// Excel and a little more in LibreOffice (its printable height measures 680 to 688 pixels),
/// and breaking where Excel's page is full, written as manual breaks
/// (`DetailSheets.finish`), makes both programs break at the same rows. Row heights agree only
/// where the file gives them (a row left at the default is 20 pixels in Excel and about 18.5
/// in LibreOffice), so the detail sheets give every row its height. Charts stretch with the
/// columns they are anchored to, which the detail sheets always give a width
/// (`coverWithColumns`).
struct PrintedPage {
  /// The printable width of the page in pixels.
  static let printableWidth = 1_045.0
  /// The printable height of the page in pixels, in Excel (7.07 in); LibreOffice's is a few
  /// pixels taller, so pages filled to this height fit in both.
  static let printableHeight = 679.0
  /// The pixels a block keeps from a break above and below it, for a chart's drawing that
  /// ends a little below the rows it was measured on.
  static let breakMargin = 12.0
  /// The print scale in percent.
  let scale: Int
  /// The height of a page's rows in pixels at 100 %.
  let pageHeight: Double

  /// The page of `sheet`, whose fixed columns cover everything drawn on it.
  ///
  /// The rows the sheet repeats at the top of its pages (a long list's header,
  /// `DetailSheets.addPagedTable`) count on every page that starts after them.
  init(sheet: SheetSpec) {
    let lastColumn = sheet.columns.keys.max() ?? 0
    let libreOffice = (0...lastColumn).reduce(0.0) { total, column in
      total + (Double(DetailSheets.pixels(ofColumn: column, in: sheet)) / 7) * 7.4
    }
    scale = Int(min(100, max(10, (Self.printableWidth / libreOffice * 100).rounded(.down))))
    pageHeight = Self.printableHeight * 100 / Double(scale)
  }

  /// The height of `row` in pixels: its own, or the detail sheets' row height.
  static func pixels(ofRow row: Int, in sheet: SheetSpec) -> Double {
    (sheet.rowHeights[row] ?? DetailSheets.rowHeight) * 4 / 3
  }

  /// The rows up to `lastRow` that start a printed page after the first: a row starts one
  /// when it no longer fits on the page above (rows without a height keep the detail sheets'
  /// row height).
  func pageStarts(through lastRow: Int, in sheet: SheetSpec) -> [Int] {
    var starts: [Int] = []
    var used = 0.0
    let repeated = sheet.printSetup.repeatedRows
    let titles = repeated.map { rows in rows.reduce(0.0) { $0 + Self.pixels(ofRow: $1, in: sheet) }
    }
    for row in 0...max(lastRow, 0) {
      let height = Self.pixels(ofRow: row, in: sheet)
      if used > 0, used + height > pageHeight {
        starts.append(row)
        used = height
        if let repeated, let titles, row > repeated.upperBound { used += titles }
      } else {
        used += height
      }
    }
    return starts
  }

  /// Whether `row` starts a printed page after the first.
  func startsPage(_ row: Int, in sheet: SheetSpec) -> Bool {
    pageStarts(through: row, in: sheet).last == row
  }

  /// The first row at or after `row` from which a block `blockHeight` pixels tall stays on
  /// one printed page, ending `breakMargin` above the next break (rows from `row` on are empty
  /// and keep the detail sheets' row height); `row` itself for a block taller than a page.
  func firstRow(from row: Int, fitting blockHeight: Int, in sheet: SheetSpec) -> Int {
    let limit = row + 200
    var tops: [Double] = [0]
    for current in 0..<limit {
      tops.append(tops[current] + Self.pixels(ofRow: current, in: sheet))
    }
    let breaks = pageStarts(through: limit - 1, in: sheet).map { tops[$0] }
    var candidate = row
    while candidate < limit {
      let top = tops[candidate]
      let bottom = top + Double(blockHeight)
      if !breaks.contains(where: { $0 > top && $0 < bottom + Self.breakMargin }) {
        return candidate
      }
      candidate += 1
    }
    return row
  }
}

import XLSXWriter

/// Where the printed pages of a report sheet break, estimated from its column widths and row
/// heights, so that charts can be kept off the breaks.
///
/// Every report sheet prints on landscape A4, fitted to one page wide, with margins of 0.4 in
/// left and right and 0.6 in top and bottom (`ReportSheet.applyPrintSetup`). At 96 pixels an
/// inch that leaves 1,045 by 679 pixels; a sheet wider than 1,045 pixels is scaled down (in
/// whole percents), so a page holds `679 / scale` pixels of rows, and a row that does not fit
/// starts the next page. Excel draws a column of width `w` as `7w + 5` pixels; LibreOffice
/// draws it `7.4 (w + 5/7)` pixels wide (read from its own conversion of our sheets, and
/// checked against the pages it prints), so it scales the same sheet further down and fits
/// more rows on a page. Charts stretch with the columns they are anchored to, which the
/// detail sheets always give a width (`coverWithColumns`). Row heights agree only
/// where the file gives them (a row left at the default is 20 pixels in Excel and about 18.5
/// in LibreOffice), so the detail sheets give every row its height (`DetailSheets.finish`). A
/// block is kept on one page when neither program's breaks cut it.
struct PrintedPage {
  /// The printable width of the page in pixels.
  static let printableWidth = 1_045.0
  /// The printable height of the page in pixels, in Excel (7.07 in).
  static let printableHeight = 679.0
  /// The printable height LibreOffice leaves for rows, measured on the pages it prints
  /// (between 680 and 688 pixels).
  static let libreOfficePrintableHeight = 684.0
  /// The height of a page's rows in pixels at 100 %, for Excel and for LibreOffice.
  let heights: [Double]

  /// The page of `sheet`, whose fixed columns cover everything drawn on it.
  ///
  /// Rows repeated at the top of printed pages are not modelled: LibreOffice scales and fills
  /// pages differently once a sheet has them, so the detail sheets repeat no rows below their
  /// top.
  init(sheet: SheetSpec) {
    let lastColumn = sheet.columns.keys.max() ?? 0
    let excel = (0...lastColumn).reduce(0.0) {
      $0 + Double(DetailSheets.pixels(ofColumn: $1, in: sheet))
    }
    let libreOffice = (0...lastColumn).reduce(0.0) { total, column in
      total + (Double(DetailSheets.pixels(ofColumn: column, in: sheet)) / 7) * 7.4
    }
    func pageHeight(width: Double, printable: Double) -> Double {
      let scale = min(1, (Self.printableWidth / width * 100).rounded(.down) / 100)
      return printable / scale
    }
    heights = [
      pageHeight(width: excel, printable: Self.printableHeight),
      pageHeight(width: libreOffice, printable: Self.libreOfficePrintableHeight),
    ]
  }

  /// The height of `row` in pixels: its own, or the detail sheets' row height.
  static func pixels(ofRow row: Int, in sheet: SheetSpec) -> Double {
    (sheet.rowHeights[row] ?? DetailSheets.rowHeight) * 4 / 3
  }

  /// The first row at or after `row` from which a block `blockHeight` pixels tall stays on
  /// one printed page (rows from `row` on are empty and keep the detail sheets' row height).
  ///
  /// Breaks are known to a row or so: the programs measure pages a few pixels apart, and the
  /// difference adds up page after page. So a block keeps a distance from the breaks on either
  /// side: 12 pixels plus 16 for every page up to the break, at most 76.
  ///
  /// - Parameter strictly: `true` for charts, which a break must never cut: the block then
  ///   avoids the breaks of both programs. `false` for tables, which may split without harm:
  ///   the block only avoids LibreOffice's breaks, so that keeping it whole never costs more
  ///   than the rest of a page.
  func firstRow(from row: Int, fitting blockHeight: Int, in sheet: SheetSpec, strictly: Bool)
    -> Int
  {
    let limit = row + 200
    var tops: [Double] = [0]
    for current in 0..<limit {
      tops.append(tops[current] + Self.pixels(ofRow: current, in: sheet))
    }
    let models = strictly ? heights : Array(heights.suffix(1))
    let breaks = models.flatMap { height in
      pageStarts(tops: tops, pageHeight: height).enumerated().map { index, top in
        (top: top, margin: min(12 + 16 * Double(index + 1), 76))
      }
    }
    var candidate = row
    while candidate < limit {
      let top = tops[candidate]
      let bottom = top + Double(blockHeight)
      if !breaks.contains(where: { $0.top > top - $0.margin && $0.top < bottom + $0.margin }) {
        return candidate
      }
      candidate += 1
    }
    return row
  }

  /// The tops of the rows that start a page, from the tops of all rows.
  private func pageStarts(tops: [Double], pageHeight: Double) -> [Double] {
    var starts: [Double] = []
    var pageTop = 0.0
    for index in 1..<tops.count where tops[index] - pageTop > pageHeight {
      pageTop = tops[index - 1]
      starts.append(pageTop)
    }
    return starts
  }
}

import Testing
import XLSXWriter

@testable import PustakaReports

@Suite struct PageFlowTests {
  @Test("the scale is a whole percentage three points under the width fit")
  func scale() {
    // 1,286 pixels in Excel are 1,022.37 points in LibreOffice (6 % wider): 784.08 / 1,022.37
    // fits at 76 %; printed at 73 %, a page holds 509.04 / 0.73 = 697.3 points.
    let flow = PageFlow(sheetWidth: 1286)
    #expect(flow.scale == 0.73)
    #expect(abs(flow.pageHeight - 697.3151) < 0.001)
    // A narrow sheet prints at 97 %, never above 100.
    #expect(PageFlow(sheetWidth: 200).scale == 0.97)
    // Widths in characters are 7 pixels each plus 5 of padding.
    #expect(PageFlow.pixels(ofColumns: [10, 36]) == 75 + 257)
  }

  @Test("a section that does not fit moves to the next page, past the page's opening row")
  func keepTogether() {
    let flow = PageFlow(sheetWidth: 1286)
    var sheet = ReportSheet(name: "Flow")
    sheet.skipRows(30)
    // 30 rows of 15.75 are 472.5 points; a 300-point section does not fit in 697.3.
    flow.keepTogether(height: 300, in: &sheet)
    let filled = (0..<(sheet.nextRow - 1)).reduce(0) {
      $0 + PageFlow.height(of: $1, in: sheet.spec)
    }
    #expect(filled <= flow.pageHeight - 1 && filled > flow.pageHeight - 2)
    #expect(sheet.spec.rowHeights[sheet.nextRow - 1] == flow.pageTopHeight)
    #expect(flow.pageCount(before: sheet.nextRow, in: sheet.spec) == 2)
    // A section that fits stays where it is.
    let row = sheet.nextRow
    flow.keepTogether(height: 300, in: &sheet)
    #expect(sheet.nextRow == row)
  }

  @Test("the last page is filled and closed by a note, and the print fits the pages counted")
  func finish() throws {
    let flow = PageFlow(sheetWidth: 1286)
    var sheet = ReportSheet(name: "Flow")
    sheet.skipRows(50)
    flow.finish(&sheet, closingNote: "Sumber")
    #expect(sheet.spec.printSetup.fitToPages == PrintSetup.FitToPages(width: 1, height: 2))
    let last = sheet.nextRow - 1
    #expect(sheet.spec[CellReference(row: last, column: 0)]?.value == .string("Sumber"))
    // 50 rows of 15.75: 44 fill the first page (693 points), 6 start the second, which is
    // filled to one point under the page height.
    let used = flow.usedHeight(before: sheet.nextRow, in: sheet.spec)
    #expect(used <= flow.pageHeight - 1 && used > flow.pageHeight - 2)
  }

  @Test("issue 6 regression: a row taller than a page neither crashes nor adds filler rows")
  func rowTallerThanAPage() {
    let flow = PageFlow(sheetWidth: 1286)
    var sheet = ReportSheet(name: "Flow")
    sheet.edit { $0.rowHeights[0] = flow.pageHeight + 50 }
    sheet.skipRows(1)
    // The used height (the tall row) exceeds the page: the page has no room left.
    flow.keepTogether(height: 300, in: &sheet)
    flow.finish(&sheet, closingNote: "end")
    #expect(flow.pageCount(before: sheet.nextRow, in: sheet.spec) >= 2)
  }
}

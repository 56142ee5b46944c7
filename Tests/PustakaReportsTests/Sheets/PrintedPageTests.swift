import Testing
import XLSXWriter

@testable import PustakaReports

@Suite struct PrintedPageTests {
  /// A sheet of `columns` columns of width `width` whose rows all have the detail sheets'
  /// height (21 pixels).
  func sheet(columns: Int, width: Double) -> SheetSpec {
    var spec = SheetSpec(name: "P")
    for column in 0..<columns { spec.columns[column] = ColumnSpec(width: .fixed(width)) }
    return spec
  }

  @Test("a sheet narrower than the page prints at 100 %: 679 pixels of rows a page")
  func fullSize() {
    let page = PrintedPage(sheet: sheet(columns: 3, width: 10))
    #expect(page.scale == 100)
    #expect(page.pageHeight == 679)
  }

  @Test("a wider sheet prints at the whole percentage that fits LibreOffice's wider columns")
  func scaled() {
    // 11 columns of 14 characters: 103 pixels each in Excel (1,133), 108.9 in LibreOffice
    // (1,197.7), which fits 1,045 pixels at 87 %.
    let page = PrintedPage(sheet: sheet(columns: 11, width: 14))
    #expect(page.scale == 87)
    #expect(abs(page.pageHeight - 679 / 0.87) < 0.001)
  }

  @Test("pages break where the next row no longer fits: every 32 rows of 21 pixels")
  func pageStarts() {
    let spec = sheet(columns: 3, width: 10)
    let page = PrintedPage(sheet: spec)
    // 32 rows fill 672 of 679 pixels; the 33rd (row 32) starts the next page.
    #expect(page.pageStarts(through: 99, in: spec) == [32, 64, 96])
    #expect(page.startsPage(64, in: spec))
    #expect(!page.startsPage(63, in: spec))
  }

  @Test("a block that fits stays; one that a break would cut starts on the next page")
  func keepsBlocksWhole() {
    let spec = sheet(columns: 3, width: 10)
    let page = PrintedPage(sheet: spec)
    #expect(page.firstRow(from: 2, fitting: 360, in: spec) == 2)
    // From row 20 (420 pixels down) 360 pixels would cross the break at row 32 (672).
    #expect(page.firstRow(from: 20, fitting: 360, in: spec) == 32)
  }
}

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

  @Test("a sheet narrower than the page prints at 100 %: 679 pixels of rows, 684 in LibreOffice")
  func fullSize() {
    let page = PrintedPage(sheet: sheet(columns: 3, width: 10))
    #expect(page.heights == [679, 684])
  }

  @Test("a wider sheet is scaled down in whole percents, further in LibreOffice")
  func scaled() {
    // 11 columns of 14.71 characters: 1,133 pixels in Excel (92 %), 1,198 in LibreOffice (87 %).
    let page = PrintedPage(sheet: sheet(columns: 11, width: 14))
    #expect(abs(page.heights[0] - 679 / 0.92) < 0.001)
    #expect(abs(page.heights[1] - 684 / 0.87) < 0.001)
  }

  @Test("a block that fits stays; one that a break would cut moves past it")
  func keepsBlocksWhole() {
    let spec = sheet(columns: 3, width: 10)
    let page = PrintedPage(sheet: spec)
    // Rows of 21 pixels: a page holds 32 (672 pixels); the second starts at row 32.
    #expect(page.firstRow(from: 2, fitting: 360, in: spec, strictly: true) == 2)
    let moved = page.firstRow(from: 20, fitting: 360, in: spec, strictly: true)
    #expect(moved > 32 && moved <= 34)
  }
}

import Foundation
import TestSupport
import Testing
import XLSXReader

@testable import XLSXWriter

/// LibreOffice Calc, a second client, recalculates what we wrote.
@Suite(.enabled(if: LibreOfficeCalc.isAvailable, "needs LibreOffice Calc (make test installs it)"))
struct LibreOfficeRecalculationTests {
  @Test("cached formula results equal LibreOffice's recalculated ones, and a wrong cache is fixed")
  func recalculatesFormulas() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    var sheet = SheetSpec(name: "Hitung")
    for (row, points) in [65.0, 64, 38].enumerated() {
      sheet.write(.number(points), row: row, column: 0)
      // KPI = points / 80 x 100: 81.25, 80, 47.5.
      sheet.write(
        .formula("ROUND(A\(row + 1)/80*100,4)", cached: .number(points / 80 * 100)), row: row,
        column: 1)
    }
    sheet.write(.formula("IF(B1>=80,\"A\",\"B\")", cached: .string("A")), row: 3, column: 1)
    // The control: a deliberately wrong cache that only a real recalculation corrects.
    sheet.write(.formula("1+1", cached: .number(5)), row: 4, column: 1)
    let url = folder.file("hitung.xlsx")
    try WorkbookWriter.write(
      WorkbookSpec(
        sheets: [sheet], properties: DocumentProperties(created: SampleWorkbook.created)),
      to: url)

    let copies = try LibreOfficeCalc.recalculate([url], into: folder.url)
    let ours = try #require(try XLSXDocument(contentsOf: url).sheet(named: "Hitung"))
    let theirs = try #require(try XLSXDocument(contentsOf: copies[0]).sheet(named: "Hitung"))
    for row in 0..<4 {
      #expect(theirs.cell(row: row, column: 1)?.value == ours.cell(row: row, column: 1)?.value)
    }
    #expect(theirs.cell("B1")?.value == .number(81.25))
    #expect(theirs.cell("B4")?.value == .string("A"))
    #expect(ours.cell("B5")?.value == .number(5))
    #expect(theirs.cell("B5")?.value == .number(2))
  }
}

import Foundation
import TestSupport
import Testing
import XLSXReader

@testable import XLSXWriter

@Suite struct NumericLocaleTests {
  static let numbers: [Double] = [1234.5, 0.1, 81.25, 47.5, 1_500_000.75, 0.000_001_5, -12.125]

  @Test(
    "numbers written under an Indonesian locale read back exactly",
    .enabled(if: IndonesianLocale.isAvailable, "needs the id_ID.UTF-8 locale (localedef)"))
  func indonesianLocaleNumbers() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    var sheet = SheetSpec(name: "Angka")
    for (row, number) in Self.numbers.enumerated() {
      sheet.write(.number(number), row: row, column: 0)
      sheet.write(.formula("A\(row + 1)*2", cached: .number(number * 2)), row: row, column: 1)
    }
    let spec = WorkbookSpec(
      sheets: [sheet], properties: DocumentProperties(created: SampleWorkbook.created))
    let url = folder.file("angka.xlsx")
    try IndonesianLocale.withIndonesianThreadLocale {
      // The control: in this locale the C library really does write a decimal comma.
      #expect(IndonesianLocale.cFormatted(1234.5) == "1234,5")
      try WorkbookWriter.write(spec, to: url)
      // The writer restored the thread's locale when it finished.
      #expect(IndonesianLocale.cFormatted(1234.5) == "1234,5")
    }
    let read = try #require(try XLSXDocument(contentsOf: url).sheet(named: "Angka"))
    for (row, number) in Self.numbers.enumerated() {
      #expect(read.cell(row: row, column: 0)?.value == .number(number))
      #expect(read.cell(row: row, column: 1)?.value == .number(number * 2))
    }
  }
}

import Testing

@testable import XLSXWriter

@Suite struct CellReferenceTests {
  @Test(
    "columns are named like Excel's",
    arguments: [
      (0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA"),
      (16_383, "XFD"),
    ])
  func columnNames(index: Int, name: String) {
    #expect(CellReference.columnName(index) == name)
  }

  @Test("references and ranges render in A1 notation")
  func rendersA1() {
    #expect(CellReference(row: 2, column: 1).a1 == "B3")
    #expect(CellReference(row: 2, column: 1).absoluteA1 == "$B$3")
    let range = CellRange(firstRow: 1, firstColumn: 2, lastRow: 19, lastColumn: 2)
    #expect(range.a1 == "C2:C20")
    #expect(range.qualified(bySheet: "Kecamatan") == "Kecamatan!$C$2:$C$20")
    #expect(range.qualified(bySheet: "Kualitas Data") == "'Kualitas Data'!$C$2:$C$20")
    #expect(range.qualified(bySheet: "O'Brien") == "'O''Brien'!$C$2:$C$20")
    #expect(range.qualified(bySheet: "2026") == "'2026'!$C$2:$C$20")
  }

  @Test("header and footer text escapes ampersands and keeps codes")
  func headerFooterCodes() {
    let footer = HeaderFooter(
      left: [.text("Ngawi & Paron")], center: [.text("Hal "), .pageNumber, .text("/"), .pageCount])
    #expect(footer.excelCode == "&LNgawi && Paron&CHal &P/&N")
  }
}

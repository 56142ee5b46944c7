import Testing

@testable import XLSXReader

@Suite struct RelationshipsTests {
  @Test(
    "resolves relative and absolute targets against the source part",
    arguments: [
      ("worksheets/sheet1.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"),
      ("/xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"),
      ("../drawings/drawing1.xml", "xl/worksheets/sheet1.xml", "xl/drawings/drawing1.xml"),
      ("./charts/../charts/chart%201.xml", "xl/book.xml", "xl/charts/chart 1.xml"),
      ("xl/workbook.xml", "", "xl/workbook.xml"),
    ])
  func resolves(_ target: String, _ source: String, _ expected: String) {
    #expect(Relationships.resolve(target, from: source) == expected)
  }

  @Test("names the rels part of a part")
  func relationshipsPart() {
    #expect(Relationships.relationshipsPart(of: "") == "_rels/.rels")
    #expect(Relationships.relationshipsPart(of: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
  }
}

import Testing

@testable import PustakaCore

@Suite struct TextTableFormulaSafetyTests {
  @Test(
    "text that a spreadsheet would run as a formula is written with an apostrophe",
    arguments: [
      ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
      ("+62 812", "'+62 812"),
      ("-5", "'-5"),
      ("@sum", "'@sum"),
      ("Perpustakaan Cemerlang", "Perpustakaan Cemerlang"),
    ])
  func neutralisesText(text: String, written: String) {
    let table = TextTable(header: ["name"], rows: [[.text(text)]])
    #expect(table.csv == "name\n\(written)\n")
  }

  @Test("negative numbers are written as they are") func keepsNumbers() {
    let table = TextTable(header: ["change"], rows: [[.number(-2.5)], [.integer(-3)]])
    #expect(table.csv == "change\n-2.5\n-3\n")
  }
}

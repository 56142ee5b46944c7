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

@Suite struct TextTableFilterTests {
  @Test("rows are kept by the exact text of one column") func filtersByColumn() {
    let table = TextTable(
      header: ["regency", "kpi"],
      rows: [
        [.text("Ngawi"), .number(81.25)], [.text("Madiun"), .number(80)], [.text("Ngawi"), .empty],
      ])
    #expect(
      table.filtered(column: "regency", equals: "Ngawi").csv == "regency,kpi\nNgawi,81.25\nNgawi,\n"
    )
    #expect(table.filtered(column: "district", equals: "Ngawi").rows.isEmpty)
  }
}

@Suite struct TextTableQuotingTests {
  @Test(
    "issue 10.4: a field holding a line break is quoted, whatever the line break",
    arguments: [
      ("Jl. Raya\r\nNgawi", "\"Jl. Raya\r\nNgawi\""),
      ("Jl. Raya\nNgawi", "\"Jl. Raya\nNgawi\""),
      ("Jl. Raya\rNgawi", "\"Jl. Raya\rNgawi\""),
      ("say \"halo\"", "\"say \"\"halo\"\"\""),
      ("Ngawi, Jawa Timur", "\"Ngawi, Jawa Timur\""),
    ])
  func quotesLineBreaks(text: String, written: String) {
    let table = TextTable(header: ["address"], rows: [[.text(text)]])
    #expect(table.csv == "address\n\(written)\n")
  }
}

import PustakaCore
import Testing

@testable import PustakaReports

@Suite struct DetailLabelsTests {
  @Test(
    "numbers in running text follow the language's separators",
    arguments: [
      (1_000.0, "1.000", "1,000"), (0.35, "0,35", "0.35"),
      (1_234_567.5, "1.234.567,5", "1,234,567.5"),
      (-2_500, "-2.500", "-2,500"), (0.004, "0", "0"),
    ])
  func numbers(value: Double, indonesian: String, english: String) {
    #expect(DetailLabels.indonesian.number(value) == indonesian)
    #expect(DetailLabels.english.number(value) == english)
  }

  @Test("months and the year to date read as on a chart axis") func months() throws {
    let october = try #require(Month(year: 2026, month: 10))
    #expect(DetailLabels.indonesian.monthLabel(october) == "Okt 2026")
    #expect(DetailLabels.english.yearToDate(.month(october)) == "Jan-Oct 2026")
    #expect(DetailLabels.indonesian.yearToDate(.quarter(year: 2026, quarter: 1)) == "Jan-Mar 2026")
    #expect(DetailLabels.english.periodLabel(.quarter(year: 2026, quarter: 4)) == "2026-Q4")
  }
}

import PustakaCore
import Testing

@testable import PustakaReports

/// Issue 11.9: periods and places in titles read as words, in each language's order.
@Suite struct PeriodWordsTests {
  @Test("a month, a quarter, a year and a range read in words") func periods() throws {
    let october = try #require(Month(year: 2026, month: 10))
    let november = try #require(Month(year: 2025, month: 11))
    let cases: [(Period, String, String)] = [
      (.month(october), "Oktober 2026", "October 2026"),
      (.quarter(year: 2026, quarter: 4), "Triwulan IV 2026", "Q4 2026"),
      (.year(2026), "2026", "2026"),
      (
        .months(first: november, last: october), "November 2025 – Oktober 2026",
        "November 2025 – October 2026"
      ),
    ]
    let range = Period.months(first: november, last: october)
    #expect(DetailLabels.indonesian.periodLabel(range) == "Nov 2025–Okt 2026")
    #expect(DetailLabels.english.periodLabel(range) == "Nov 2025–Oct 2026")
    for (period, indonesian, english) in cases {
      #expect(ReportLabels.indonesian.periodInWords(period) == indonesian)
      #expect(ReportLabels.english.periodInWords(period) == english)
    }
  }

  @Test("regencies and districts are titled in each language's order") func places() {
    #expect(ReportLabels.indonesian.regencyTitle("Ngawi") == "Kabupaten Ngawi")
    #expect(ReportLabels.english.regencyTitle("Ngawi") == "Ngawi Regency")
    #expect(ReportLabels.indonesian.districtTitle("Paron") == "Kecamatan Paron")
    #expect(ReportLabels.english.districtTitle("Paron") == "Paron District")
  }
}

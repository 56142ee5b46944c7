import Testing

@testable import PustakaCore

@Suite struct PeriodTests {
  @Test(
    "the three text forms read and print back",
    arguments: [
      ("2026-10", "2026-10", 1, "2026-10", "2026-10"),
      ("2026-Q4", "2026-Q4", 3, "2026-10", "2026-12"),
      ("2026-q1", "2026-Q1", 3, "2026-01", "2026-03"),
      ("2026", "2026", 12, "2026-01", "2026-12"),
      (" 2026-03 ", "2026-03", 1, "2026-03", "2026-03"),
      ("2025-11..2026-10", "2025-11..2026-10", 12, "2025-11", "2026-10"),
      ("2026-06 .. 2026-10", "2026-06..2026-10", 5, "2026-06", "2026-10"),
      ("2026-10..2026-10", "2026-10", 1, "2026-10", "2026-10"),
    ])
  func parsing(text: String, printed: String, months: Int, first: String, last: String) throws {
    let period = try Period(parsing: text)
    #expect(period.description == printed)
    #expect(period.monthCount == months)
    #expect(period.firstMonth.description == first)
    #expect(period.lastMonth.description == last)
    #expect(period.months.count == months)
  }

  @Test(
    "invalid periods are refused with a clear message",
    arguments: [
      ("2026-13", "\"2026-13\" is not a period: the month must be 01 to 12"),
      ("2026-00", "\"2026-00\" is not a period: the month must be 01 to 12"),
      ("2026-Q5", "\"2026-Q5\" is not a period: the quarter must be Q1 to Q4"),
      ("2026-Q", "\"2026-Q\" is not a period: the quarter must be Q1 to Q4"),
      // Years outside 1900-2999 would push the previous period, the 24-month series or the
      // period's end outside the calendar (issue 5 review: they used to crash the run).
      ("9999-12", "\"9999-12\" is not a period: the year must be 1900 to 2999"),
      ("0001", "\"0001\" is not a period: the year must be 1900 to 2999"),
      ("9999-Q4", "\"9999-Q4\" is not a period: the year must be 1900 to 2999"),
      (
        "Oktober 2026",
        "\"Oktober 2026\" is not a period: write a month (2026-10), a quarter (2026-Q4), a"
          + " year (2026) or a range of months (2025-11..2026-10)"
      ),
      (
        "2026-1",
        "\"2026-1\" is not a period: write a month (2026-10), a quarter (2026-Q4), a year"
          + " (2026) or a range of months (2025-11..2026-10)"
      ),
      (
        "",
        "\"\" is not a period: write a month (2026-10), a quarter (2026-Q4), a year"
          + " (2026) or a range of months (2025-11..2026-10)"
      ),
      (
        "26-10",
        "\"26-10\" is not a period: write a month (2026-10), a quarter (2026-Q4), a year"
          + " (2026) or a range of months (2025-11..2026-10)"
      ),
    ])
  func invalid(text: String, message: String) {
    #expect {
      _ = try Period(parsing: text)
    } throws: { error in
      (error as? PeriodParseError)?.description == message
    }
  }

  @Test(
    "the previous period has the same length",
    arguments: [
      ("2026-01", "2025-12"), ("2026-10", "2026-09"), ("2026-Q1", "2025-Q4"),
      ("2026-Q4", "2026-Q3"), ("2026", "2025"),
    ])
  func previous(text: String, expected: String) throws {
    #expect(try Period(parsing: text).previous.description == expected)
  }

  @Test("the last 12 months end with the period's last month") func trailingTwelve() throws {
    let march = try Period(parsing: "2026-03")
    #expect(march.trailingTwelveMonths.map(\.description).first == "2025-04")
    #expect(march.trailingTwelveMonths.map(\.description).last == "2026-03")
    #expect(march.trailingTwelveMonths.count == 12)
    let quarter = try Period(parsing: "2026-Q4")
    #expect(quarter.trailingTwelveMonths.first?.description == "2026-01")
  }

  @Test("year to date runs from January to the last month") func yearToDate() throws {
    #expect(
      try Period(parsing: "2026-03").yearToDateMonths.map(\.description) == [
        "2026-01", "2026-02", "2026-03",
      ])
    #expect(try Period(parsing: "2026-Q2").yearToDateMonths.count == 6)
    #expect(try Period(parsing: "2026").yearToDateMonths.count == 12)
  }

  @Test("a period contains its months only") func containment() throws {
    let quarter = try Period(parsing: "2026-Q4")
    #expect(quarter.contains(ScoringFixture.month("2026-11")))
    #expect(!quarter.contains(ScoringFixture.month("2026-09")))
    #expect(!quarter.contains(ScoringFixture.month("2027-01")))
  }
}

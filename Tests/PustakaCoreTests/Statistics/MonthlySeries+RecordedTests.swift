import Testing

@testable import PustakaCore

@Suite struct MonthlySeriesRecordedTests {
  /// One library whose data starts in 2026-03: attendance in March and October 2026 (nothing
  /// between), an activity in May, and a budget line in June with money allocated.
  static var fixture: ScoringFixture {
    var fixture = ScoringFixture()
    fixture.library("L1")
    fixture.attendance("L1", "2026-03", openDays: 2, visitors: 20)
    fixture.event("L1", "2026-05", participants: 12)
    fixture.money("L1", "2026-06", allocated: 500_000, spent: 0)
    fixture.attendance("L1", "2026-10", openDays: 2, visitors: 30)
    return fixture
  }

  func series(_ period: String) throws -> MonthlySeries {
    let report = try PeriodReport(dataSet: Self.fixture.dataSet, period: Period(parsing: period))
    return try #require(report.statistics.regencies.first).series
  }

  @Test("the recorded months start with the first month holding any data") func startsAtData()
    throws
  {
    let series = try series("2026-10")
    // 2025-11 is position 0, so 2026-03 is position 4; the quiet months 2026-04 and 2026-07
    // to 2026-09 stay in.
    #expect(series.firstRecordedIndex == 4)
    #expect(
      series.recordedMonths.map(\.month.description) == [
        "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10",
      ])
    #expect(series.recordedMonths.map(\.visitors) == [20, 0, 0, 0, 0, 0, 0, 30])
  }

  @Test(
    "a month has data with attendance, an activity or budget money",
    arguments: [("2026-03", true), ("2026-04", false), ("2026-05", true), ("2026-06", true)])
  func monthHasData(month: String, expected: Bool) throws {
    let series = try series("2026-10")
    let point = try #require(series.months.first { $0.month.description == month })
    #expect(point.hasData == expected)
  }

  @Test("a series before any data has no recorded months") func noData() throws {
    let series = try series("2026-02")
    #expect(series.firstRecordedIndex == nil)
    #expect(series.recordedMonths.isEmpty)
  }
}

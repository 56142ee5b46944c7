import Testing

@testable import PustakaCore

@Suite struct UsageFiguresMeansTests {
  @Test("a mean per library divides the group's total by all its libraries, silent ones too")
  func perLibrary() throws {
    var fixture = ScoringFixture()
    fixture.library("L1", population: 5000)
    fixture.library("L2", population: 3000)
    fixture.library("L3", population: 2000)
    fixture.attendance("L1", "2026-10", openDays: 1, visitors: 30)
    fixture.attendance("L2", "2026-10", openDays: 1, visitors: 15)
    let report = try PeriodReport(dataSet: fixture.dataSet, period: Period(parsing: "2026-10"))
    let regency = try #require(report.statistics.regencies.first).figures
    // 45 visitors over 3 libraries (L3 did not report) = 15 per library.
    #expect(regency.attendance.visitors == 45)
    #expect(regency.perLibrary(regency.attendance.visitors) == 15)
    #expect(regency.perLibrary(Rupiah(900)) == 300)
  }

  @Test("a group without libraries has no mean") func empty() throws {
    let figures = UsageFigures(period: try Period(parsing: "2026-10"), figures: [], population: 0)
    #expect(figures.perLibrary(10) == nil)
  }
}

import Testing

@testable import PustakaCore

@Suite struct UsageFiguresParticipantsTests {
  @Test("participants per 1,000 people a month is a ratio of the group's sums") func ratio()
    throws
  {
    var fixture = ScoringFixture()
    fixture.library("L1", population: 5000)
    fixture.library("L2", population: 3000)
    fixture.attendance("L1", "2026-10", openDays: 1, visitors: 1)
    fixture.event("L1", "2026-10", participants: 70)
    fixture.event("L2", "2026-11", participants: 20)
    fixture.event("L2", "2026-12", participants: 30)
    // The quarter 2026-Q4: 120 participants, 8,000 people, 3 months: 120 / 8000 x 1000 / 3 = 5.
    let report = try PeriodReport(dataSet: fixture.dataSet, period: Period(parsing: "2026-Q4"))
    let regency = try #require(report.statistics.regencies.first)
    #expect(regency.figures.participantsPer1000 == 5)
    // L1 alone in October: 70 / 5000 x 1000 = 14.
    let october = try PeriodReport(dataSet: fixture.dataSet, period: Period(parsing: "2026-10"))
    #expect(october.statistics.libraries.first?.figures.participantsPer1000 == 14)
  }
}

import PustakaCore
import TestSupport
import Testing

/// Issue 13: a run scores the previous period once, for its comparison and for its own report.
@Suite struct PeriodReportPreviousTests {
  @Test("the report equals one computed on its own; the previous one is its ranked board alone")
  func sameAsSeparateReports() {
    let scorer = KPIScorer(dataSet: SmallProvince.dataSet())
    let period = Period.month(SmallRegency.lastMonth)
    let (report, previous) = PeriodReport.withPrevious(scorer: scorer, period: period)
    #expect(report == PeriodReport(scorer: scorer, period: period))
    #expect(
      previous
        == PeriodReport(
          scorer: scorer, scoreboard: scorer.rankedScores(for: period.previous),
          lookingBack: false))
    #expect(previous.trailingYear == nil)
    // Only compared with: no comparison of its own, which no workbook reads.
    #expect(previous.scoreboard.libraries.allSatisfy { $0.change == nil })
    #expect(previous.scoreboard.libraries.contains { $0.isReporting })
    // The libraries compared carry the previous period's KPI and rank.
    let compared = report.scoreboard.libraries.compactMap(\.change)
    #expect(!compared.isEmpty)
    #expect(compared.allSatisfy { $0.previousPeriod == period.previous })
  }
}

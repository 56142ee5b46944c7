import PustakaCore
import TestSupport
import Testing

/// Issue 13: the monthly ranks compute KPIs alone; they must equal the full scoreboards'.
@Suite struct MonthlyRanksTests {
  @Test("each month's KPI and rank equal those of the month's full scoreboard")
  func sameAsFullScores() throws {
    let scorer = KPIScorer(dataSet: SmallProvince.dataSet())
    let months = (0..<12).map { SmallRegency.lastMonth.advanced(by: $0 - 11) }
    let monthly = MonthlyRanks(scorer: scorer, months: months)
    var reported = 0
    for (offset, month) in months.enumerated() {
      let board = scorer.rankedScores(for: .month(month))
      for score in board.libraries {
        let position = try #require(scorer.index.positionByID[score.library.id])
        #expect(monthly.kpi[offset][position] == score.kpi, "\(score.library.id) \(month)")
        #expect(monthly.rank[offset][position] == score.rank, "\(score.library.id) \(month)")
        if score.isReporting { reported += 1 }
      }
    }
    // 11 of the 13 libraries report every month (L7 and its copy M7 never do).
    #expect(reported == 11 * 12)
  }

  @Test("equal KPIs share a rank and the next rank is skipped, within each regency")
  func ties() throws {
    let scorer = KPIScorer(dataSet: SmallProvince.dataSet())
    let monthly = MonthlyRanks(scorer: scorer, months: [SmallRegency.lastMonth])
    let positions = scorer.index.positionByID
    // Madiun's M5 copies Ngawi's L5 but ranks within Madiun, where it leads.
    let l5 = try #require(positions["L5"])
    let m5 = try #require(positions["M5"])
    #expect(monthly.kpi[0][l5] == monthly.kpi[0][m5])
    #expect(monthly.rank[0][l5] == 3)
    #expect(monthly.rank[0][m5] == 1)
  }
}

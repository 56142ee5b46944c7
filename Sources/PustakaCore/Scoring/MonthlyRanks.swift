/// Every library's KPI and rank in each month of a stretch of months: what the award list's
/// "months in the top 10" and the mean-KPI trend read.
///
/// Kept compact (a KPI and a rank per library and month, not whole scores), because it covers
/// 12 months of every library of the data set.
package struct MonthlyRanks: Hashable, Sendable {
  /// The months, oldest first.
  package var months: [Month]
  /// Per month (as `months`), per library position in the data set: the KPI, `nil` when the
  /// library did not report that month.
  package var kpi: [[Double?]]
  /// Per month, per library position: the rank within its regency, `nil` when not reporting.
  package var rank: [[Int?]]

  /// Scores and ranks every library of `scorer`'s data in each of `months`.
  ///
  /// Only KPIs are computed (`KPIScorer.kpi(libraryAt:for:)`), on all cores: a rank within the
  /// regency is one more than the number of its reporting libraries with a higher KPI, which is
  /// the standard competition rank of `KPIRanking` whatever the order of ties.
  package init(scorer: KPIScorer, months: [Month]) {
    self.months = months
    let count = scorer.index.dataSet.libraries.count
    let places = scorer.places
    var kpi: [[Double?]] = []
    var rank: [[Int?]] = []
    for month in months {
      let kpiOfMonth = ParallelMap.map(count) { scorer.kpi(libraryAt: $0, for: .month(month)) }
      var rankOfMonth = [Int?](repeating: nil, count: count)
      for regency in places.regencies {
        let ranked = regency.libraryPositions.compactMap { position in
          kpiOfMonth[position].map { (position: position, kpi: $0) }
        }.sorted { $0.kpi > $1.kpi }
        let ranks = KPIRanking.competitionRanks(ranked.map(\.kpi))
        for (entry, value) in zip(ranked, ranks) { rankOfMonth[entry.position] = value }
      }
      kpi.append(kpiOfMonth)
      rank.append(rankOfMonth)
    }
    self.kpi = kpi
    self.rank = rank
  }

  /// The number of months in which the library at `position` ranked `limit` or better in its
  /// regency: 0 to `months.count`.
  package func monthsRanked(within limit: Int, libraryAt position: Int) -> Int {
    rank.reduce(0) { count, ranks in
      guard let value = ranks[position], value <= limit else { return count }
      return count + 1
    }
  }

  /// The mean KPI, lowest and highest of the libraries at `positions`, per month.
  package func summaries(of positions: [Int]) -> [KPISummary] {
    kpi.map { month in KPISummary(kpis: positions.compactMap { month[$0] }) }
  }
}

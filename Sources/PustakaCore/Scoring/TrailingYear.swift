/// The 12-month view of a report (*KPI 12 bulan*): every library scored over the 12 months
/// ending with the period's last month, and ranked month by month over those months.
///
/// One month's KPI follows that month's noise (a library that bought no books in October drops
/// 14 places); the 12-month KPI is the stable basis of the award list and of a card's
/// recommendations. Where the data starts later, the 12 months are fewer and `isShortened`
/// says so.
package struct TrailingYear: Hashable, Sendable {
  /// The months scored: `2025-11..2026-10` for `2026-10`, shorter where the data is.
  package var period: Period
  /// Every library's score over `period`, ranked like any scoreboard.
  package var scoreboard: Scoreboard
  /// Every library's KPI and rank in each of the 12 months ending with the period's last
  /// month (months before the data starts have no scores).
  package var monthly: MonthlyRanks

  /// How many of the last 12 months a library must rank in, within its regency, to count as
  /// "in the top 10".
  package static let topCount = 10

  /// Scores the 12 months ending with `lastMonth` with `scorer`.
  package init(scorer: KPIScorer, endingWith lastMonth: Month) {
    period = .trailingYear(
      endingWith: lastMonth, dataStart: scorer.index.earliestAttendanceMonth)
    scoreboard = scorer.rankedScores(for: period)
    monthly = MonthlyRanks(
      scorer: scorer, months: (0..<12).map { lastMonth.advanced(by: $0 - 11) })
  }

  /// Whether the data covers fewer than 12 months, so that `period` is shorter.
  package var isShortened: Bool { period.monthCount < 12 }

  /// The months of the last 12 in which the library at `position` (in the data set) ranked
  /// within the top 10 of its regency.
  package func monthsInTopTen(libraryAt position: Int) -> Int {
    monthly.monthsRanked(within: Self.topCount, libraryAt: position)
  }
}

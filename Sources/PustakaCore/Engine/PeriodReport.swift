/// Everything the engine computes for one period: scores, statistics and the district index.
///
/// The report writer and `pustaka score` start here:
/// `PeriodReport(dataSet: data, rubric: rubric, period: period)`.
package struct PeriodReport: Hashable, Sendable {
  /// The period.
  package var period: Period
  /// The rubric used.
  package var rubric: Rubric
  /// Every library's score, ranked, with changes against the previous period.
  package var scoreboard: Scoreboard
  /// The 12-month KPI and the month-by-month ranks behind the award list; `nil` for a report
  /// computed only to compare with (the previous period's).
  package var trailingYear: TrailingYear?
  /// Resource-usage statistics per library, district and regency.
  package var statistics: UsageStatistics
  /// The district (and regency) literacy index.
  package var literacyIndex: IPLMReport
  /// The regencies, districts and villages, with their display spellings and populations.
  package var places: PlaceDirectory

  /// Computes the report of `period` with an already built scorer.
  ///
  /// - Parameter lookingBack: Whether to score the 12 months ending with the period's last
  ///   month as well (the 12-month KPI, the monthly ranks and the mean-KPI trend); `false` for
  ///   a report that is only compared with.
  package init(scorer: KPIScorer, period: Period, lookingBack: Bool = true) {
    self.init(scorer: scorer, scoreboard: scorer.scoreboard(for: period), lookingBack: lookingBack)
  }

  /// Computes the report of `scoreboard.period` around a scoreboard already scored with
  /// `scorer`.
  package init(scorer: KPIScorer, scoreboard: Scoreboard, lookingBack: Bool = true) {
    let period = scoreboard.period
    self.period = period
    rubric = scorer.rubric
    self.scoreboard = scoreboard
    let trailingYear =
      lookingBack ? TrailingYear(scorer: scorer, endingWith: period.lastMonth) : nil
    self.trailingYear = trailingYear
    statistics = UsageStatistics(
      scorer: scorer, scoreboard: scoreboard, monthlyRanks: trailingYear?.monthly)
    literacyIndex = IPLMCalculator.report(
      index: scorer.index, places: scorer.places, period: period)
    places = scorer.places
  }

  /// The report of `period` (looking back 12 months) and the report of the period before
  /// it, each period scored once: the previous period's ranked scores serve both as the
  /// comparison of the first and as the board of the second.
  ///
  /// The previous report is only compared with, so its board carries no comparison of its
  /// own (`LibraryScore.change` is `nil`): scoring the period before it as well would cost a
  /// whole scoreboard that no workbook reads.
  package static func withPrevious(scorer: KPIScorer, period: Period) -> (
    report: PeriodReport, previous: PeriodReport
  ) {
    let previousRanked = scorer.rankedScores(for: period.previous)
    let current = scorer.scoreboard(
      ranked: scorer.rankedScores(for: period), comparedWith: previousRanked)
    return (
      PeriodReport(scorer: scorer, scoreboard: current),
      PeriodReport(scorer: scorer, scoreboard: previousRanked, lookingBack: false)
    )
  }

  /// Computes the report of `period` for `dataSet` scored with `rubric`.
  package init(
    dataSet: DataSet, rubric: Rubric = .builtIn, period: Period, lookingBack: Bool = true
  ) {
    self.init(
      scorer: KPIScorer(dataSet: dataSet, rubric: rubric), period: period,
      lookingBack: lookingBack)
  }
}

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
  /// Resource-usage statistics per library, district and regency.
  package var statistics: UsageStatistics
  /// The district (and regency) literacy index.
  package var literacyIndex: IPLMReport
  /// The regencies, districts and villages, with their display spellings and populations.
  package var places: PlaceDirectory

  /// Computes the report of `period` with an already built scorer.
  package init(scorer: KPIScorer, period: Period, monthlyKPI: Bool = false) {
    self.period = period
    rubric = scorer.rubric
    scoreboard = scorer.scoreboard(for: period)
    statistics = UsageStatistics(scorer: scorer, scoreboard: scoreboard, monthlyKPI: monthlyKPI)
    literacyIndex = IPLMCalculator.report(
      index: scorer.index, places: scorer.places, period: period)
    places = scorer.places
  }

  /// Computes the report of `period` for `dataSet` scored with `rubric`.
  package init(
    dataSet: DataSet, rubric: Rubric = .builtIn, period: Period, monthlyKPI: Bool = false
  ) {
    self.init(
      scorer: KPIScorer(dataSet: dataSet, rubric: rubric), period: period, monthlyKPI: monthlyKPI)
  }
}

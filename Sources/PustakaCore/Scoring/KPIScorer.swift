/// Scores every library of a data set for a period with a rubric: the engine's entry point for
/// KPIs, grades, ranks, changes and recommendations.
///
/// Build it once per data set and rubric (it indexes the rows in one pass); each
/// `scoreboard(for:)` then costs a few look-ups per library and month.
package struct KPIScorer: Sendable {
  /// The indexed data set.
  package let index: DataSetIndex
  /// The regencies, districts and villages of the data set.
  package let places: PlaceDirectory
  /// The rubric scored against.
  package let rubric: Rubric
  private let calculator: IndicatorCalculator

  /// Indexes `dataSet` for scoring with `rubric`.
  package init(dataSet: DataSet, rubric: Rubric = .builtIn) {
    self.init(index: DataSetIndex(dataSet), rubric: rubric)
  }

  /// Scores an already indexed data set with `rubric`.
  package init(index: DataSetIndex, places: PlaceDirectory? = nil, rubric: Rubric = .builtIn) {
    self.index = index
    self.places = places ?? PlaceDirectory(index.dataSet.libraries)
    self.rubric = rubric
    self.calculator = IndicatorCalculator(providedTables: index.dataSet.providedTables)
  }

  /// The default period, with why it was chosen, or `nil` when there is no attendance data.
  package var defaultPeriod: DefaultPeriod? {
    DefaultPeriod(index)
  }

  /// Every library's score for `period`, ranked, with the change against the previous period
  /// of the same length.
  package func scoreboard(for period: Period) -> Scoreboard {
    scoreboard(ranked: rankedScores(for: period), comparedWith: rankedScores(for: period.previous))
  }

  /// `current` (ranked scores, as from `rankedScores(for:)`) with the change against
  /// `previous`, the ranked scores of the period before it: `scoreboard(for:)` from boards
  /// already scored, so that a run that reports on a period and on the one before scores
  /// each only once.
  package func scoreboard(ranked current: Scoreboard, comparedWith previous: Scoreboard)
    -> Scoreboard
  {
    var current = current
    let previousPeriod = previous.period
    var before: [LibraryID: (kpi: Double, rank: Int)] = [:]
    for score in previous.libraries where score.isReporting {
      if let kpi = score.kpi, let rank = score.rank { before[score.library.id] = (kpi, rank) }
    }
    for position in current.libraries.indices {
      let score = current.libraries[position]
      guard let kpi = score.kpi, let rank = score.rank, let then = before[score.library.id]
      else { continue }
      current.libraries[position].change = ScoreChange(
        previousPeriod: previousPeriod, previousKPI: then.kpi, previousRank: then.rank,
        kpiChange: kpi - then.kpi, rankChange: then.rank - rank)
    }
    current.previousPeriodHasData = previous.libraries.contains(where: \.isReporting)
    return current
  }

  /// Every library's score for `period`, ranked, without comparison to an earlier period.
  package func rankedScores(for period: Period) -> Scoreboard {
    let scores = ParallelMap.map(index.dataSet.libraries.count) {
      score(libraryAt: $0, for: period)
    }
    return Scoreboard(
      period: period, rubric: rubric, libraries: KPIRanking.rank(scores, places: places),
      previousPeriodHasData: false)
  }

  /// The unranked score of the library at `position` (in the data set) for `period`.
  package func score(libraryAt position: Int, for period: Period) -> LibraryScore {
    let figures = index.periodFigures(position, period)
    guard figures.isReporting else {
      return LibraryScore(
        library: figures.library, isReporting: false, indicators: [], areas: [], points: 0,
        kpi: nil, grade: nil, rank: nil, rankInDistrict: nil, change: nil, recommendations: [])
    }
    let indicators = rubric.indicators.map {
      IndicatorScore(indicator: $0, measurement: calculator.measure($0.key, figures))
    }
    let scale = Double(rubric.scale)
    let totalWeight = rubric.indicators.reduce(0) { $0 + $1.weight }
    let kpi = kpi(weightedPoints: indicators.reduce(0) { $0 + $1.weightedPoints })
    let areas = rubric.areas.map { area in
      let members = indicators.filter { $0.indicator.area == area }
      return AreaScore(
        area: area, points: members.reduce(0) { $0 + $1.points },
        weightedPoints: members.reduce(0) { $0 + $1.weightedPoints },
        maximumWeightedPoints: scale * members.reduce(0) { $0 + $1.indicator.weight })
    }
    return LibraryScore(
      library: figures.library, isReporting: true, indicators: indicators, areas: areas,
      points: indicators.reduce(0) { $0 + $1.points }, kpi: kpi, grade: rubric.grade(for: kpi),
      rank: nil, rankInDistrict: nil, change: nil,
      recommendations: Self.recommendations(indicators, scale: scale, totalWeight: totalWeight))
  }

  /// The KPI alone of the library at `position` for `period`, `nil` when it does not report:
  /// what `score(libraryAt:for:)` gives as `kpi`, to the last bit (the same sum in the same
  /// order), without building the indicators' scores the monthly ranks never read.
  package func kpi(libraryAt position: Int, for period: Period) -> Double? {
    let figures = index.periodFigures(position, period)
    guard figures.isReporting else { return nil }
    var weighted = 0.0
    for indicator in rubric.indicators {
      guard let value = calculator.measure(indicator.key, figures).value else { continue }
      weighted += Double(indicator.rule.points(for: value)) * indicator.weight
    }
    return kpi(weightedPoints: weighted)
  }

  /// The KPI of `weightedPoints`, the sum in rubric order of each indicator's points times its
  /// weight: that sum as a share of the most the rubric gives, x 100.
  private func kpi(weightedPoints: Double) -> Double {
    let totalWeight = rubric.indicators.reduce(0) { $0 + $1.weight }
    return weightedPoints * 100 / (Double(rubric.scale) * totalWeight)
  }

  /// The three next points that add most KPI: by KPI gained, then relative gap, then rubric
  /// order.
  static func recommendations(_ indicators: [IndicatorScore], scale: Double, totalWeight: Double)
    -> [Recommendation]
  {
    var candidates: [(recommendation: Recommendation, relativeGap: Double, order: Int)] = []
    for (order, indicator) in indicators.enumerated() {
      guard let next = indicator.nextPoint, let value = indicator.measurement.value else {
        continue
      }
      let gain =
        Double(next.pointsGained) * indicator.indicator.weight * 100 / (scale * totalWeight)
      let relative = next.target == 0 ? next.gap : next.gap / abs(next.target)
      candidates.append(
        (
          Recommendation(key: indicator.key, value: value, nextPoint: next, kpiGain: gain),
          relative, order
        ))
    }
    candidates.sort {
      ($1.recommendation.kpiGain, $0.relativeGap, $0.order)
        < ($0.recommendation.kpiGain, $1.relativeGap, $1.order)
    }
    return candidates.prefix(3).map(\.recommendation)
  }
}

/// A library's score for a period (*nilai KPI perpustakaan*): indicators, sub-scores, KPI,
/// grade, ranks and changes.
///
/// A library that does not report in the period (no attendance row in it) is not scored: its
/// `kpi`, grade, ranks and indicators are empty and it stays out of rankings and averages.
package struct LibraryScore: Hashable, Sendable {
  /// The library.
  package var library: VillageLibrary
  /// Whether the library reports in the period.
  package var isReporting: Bool
  /// The rubric's indicators in rubric order; empty when not reporting.
  package var indicators: [IndicatorScore]
  /// The sub-scores of the rubric's areas, in area order; empty when not reporting.
  package var areas: [AreaScore]
  /// Points earned, unweighted (0 to 80 with the built-in rubric).
  package var points: Int
  /// The KPI from 0 to 100 at full precision; `nil` when not reporting.
  ///
  /// `sum(points_i x weight_i) x 100 / (scale x sum(weight_i))`: with the built-in rubric 65
  /// points give 81.25.
  package var kpi: Double?
  /// The grade of `kpi`.
  package var grade: GradeRule?
  /// The rank within the regency (standard competition ranking: 1, 2, 2, 4).
  package var rank: Int?
  /// The rank within the district.
  package var rankInDistrict: Int?
  /// The comparison with the previous period of the same length, when the library reported in
  /// both.
  package var change: ScoreChange?
  /// The three changes that would add most points (fewer when fewer are possible).
  package var recommendations: [Recommendation]

  /// The sub-score of `area`, or `nil` when not reporting or the rubric has no indicator there.
  package func areaScore(_ area: KPIArea) -> AreaScore? {
    areas.first { $0.area == area }
  }

  /// The score of indicator `key`, or `nil` when not scored.
  package func indicator(_ key: IndicatorKey) -> IndicatorScore? {
    indicators.first { $0.key == key }
  }

  /// The indicators whose value is missing.
  package var missingIndicators: [IndicatorScore] {
    indicators.filter { $0.measurement.isMissing }
  }

  /// The indicators whose snapshot is carried forward from an earlier month.
  package var carriedForwardIndicators: [IndicatorScore] {
    indicators.filter { $0.measurement.isCarriedForward }
  }
}

/// How a library's KPI and rank moved against the previous period of the same length.
package struct ScoreChange: Hashable, Sendable {
  /// The previous period.
  package var previousPeriod: Period
  /// The KPI in the previous period.
  package var previousKPI: Double
  /// The rank (in the regency) in the previous period.
  package var previousRank: Int
  /// KPI now minus KPI then.
  package var kpiChange: Double
  /// Previous rank minus current rank: positive means the library moved up.
  package var rankChange: Int
}

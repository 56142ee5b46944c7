/// The mean area sub-scores and mean indicator points of a group's reporting libraries
/// (*rata-rata nilai bidang dan poin indikator*).
///
/// Means run over the reporting libraries only: a library that does not report is not scored
/// and stays out, as in `KPISummary`. A missing indicator counts with its 0 points, as it does
/// in the KPI. Sub-scores are full-precision `AreaScore.score` values (0 to 100).
///
/// Example: two libraries with service sub-scores 80 and 60 and `titles` points 4 and 1 give a
/// mean service sub-score of 70 and mean `titles` points of 2.5. Every mean is `nil` when no
/// library reports.
package struct ScoreAverages: Hashable, Sendable {
  /// Reporting libraries counted.
  package var count: Int
  /// The mean sub-score of each area that the libraries were scored in.
  package var areaScores: [KPIArea: Double]
  /// The mean points of each indicator the libraries were scored on.
  package var indicatorPoints: [IndicatorKey: Double]
  /// How many of the reporting libraries miss each indicator's value.
  package var missingCounts: [IndicatorKey: Int]

  /// Averages the scores of the reporting libraries among `scores`.
  package init(_ scores: [LibraryScore]) {
    let reporting = scores.filter(\.isReporting)
    count = reporting.count
    var areaSums: [KPIArea: (sum: Double, count: Int)] = [:]
    var pointSums: [IndicatorKey: (sum: Double, count: Int)] = [:]
    var missing: [IndicatorKey: Int] = [:]
    for score in reporting {
      for area in score.areas {
        let sum = areaSums[area.area] ?? (0, 0)
        areaSums[area.area] = (sum.sum + area.score, sum.count + 1)
      }
      for indicator in score.indicators {
        let sum = pointSums[indicator.key] ?? (0, 0)
        pointSums[indicator.key] = (sum.sum + Double(indicator.points), sum.count + 1)
        missing[indicator.key, default: 0] += indicator.measurement.isMissing ? 1 : 0
      }
    }
    areaScores = areaSums.mapValues { $0.sum / Double($0.count) }
    indicatorPoints = pointSums.mapValues { $0.sum / Double($0.count) }
    missingCounts = missing
  }

  /// The mean sub-score of `area`, or `nil` when no reporting library was scored in it.
  package func areaScore(_ area: KPIArea) -> Double? { areaScores[area] }

  /// The mean points of indicator `key`, or `nil` when no reporting library was scored on it.
  package func points(_ key: IndicatorKey) -> Double? { indicatorPoints[key] }
}

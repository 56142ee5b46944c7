/// A library's sub-score in one area (*nilai bidang*).
///
/// `score = sum(points_i x weight_i) x 100 / (scale x sum(weight_i))` over the area's
/// indicators: 0 to 100, full precision (shown with 2 decimals). Example: service indicators
/// with 4, 3, 2, 4 and 3 points, weight 1: 16 x 100 / 20 = 80.
package struct AreaScore: Hashable, Sendable {
  /// The area.
  package var area: KPIArea
  /// Points earned, unweighted.
  package var points: Int
  /// Points earned times weights.
  package var weightedPoints: Double
  /// The most weighted points possible: scale times the sum of weights.
  package var maximumWeightedPoints: Double

  /// The sub-score from 0 to 100.
  package var score: Double { weightedPoints * 100 / maximumWeightedPoints }
}

/// One of the changes that would add most points to a library's KPI (*rekomendasi*).
///
/// A library's recommendations are its indicators' next points ordered by the KPI they add
/// (points gained x weight), then by the gap relative to the target (the nearest first), then
/// rubric order; the first three are kept.
package struct Recommendation: Hashable, Sendable {
  /// The indicator to change.
  package var key: IndicatorKey
  /// The indicator's current value (rounded for scoring).
  package var value: Double
  /// The change that earns more points.
  package var nextPoint: NextPoint
  /// The KPI the change adds: points gained x weight x 100 / (scale x sum of weights).
  package var kpiGain: Double
}

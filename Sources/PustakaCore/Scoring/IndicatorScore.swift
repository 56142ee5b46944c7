/// One indicator of a library's score: its measurement, the points it earns and what the next
/// point needs.
package struct IndicatorScore: Hashable, Sendable {
  /// The indicator as the rubric scores it.
  package var indicator: RubricIndicator
  /// The value and its explanation.
  package var measurement: IndicatorMeasurement
  /// The points earned: 0 when the value is missing.
  package var points: Int
  /// The nearest value that earns more; `nil` when the value is missing or at the top.
  package var nextPoint: NextPoint?

  /// Scores `measurement` by `indicator`'s rule.
  package init(indicator: RubricIndicator, measurement: IndicatorMeasurement) {
    self.indicator = indicator
    self.measurement = measurement
    if let value = measurement.value {
      points = indicator.rule.points(for: value)
      nextPoint = indicator.rule.nextPoint(from: value)
    } else {
      points = 0
      nextPoint = nil
    }
  }

  /// The indicator's key.
  package var key: IndicatorKey { indicator.key }
  /// Points times the indicator's weight.
  package var weightedPoints: Double { Double(points) * indicator.weight }
}

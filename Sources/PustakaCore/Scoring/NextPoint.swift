/// The nearest change of an indicator's value that earns more points (*target berikutnya*).
///
/// For `titles` at 812 (3 points): reach 1000, a gap of 188, for 4 points. For
/// `cost_per_visit` at Rp 20,000 (2 points): come down to 15,000, a gap of 5,000, for 3.
package struct NextPoint: Hashable, Sendable {
  /// Which way the value has to move.
  package enum Direction: String, Hashable, Sendable {
    /// The value has to reach `target` or more.
    case increase
    /// The value has to come down to `target` or less.
    case decrease
  }

  /// The value to reach: a threshold, a band's start, or the last 4-decimal value of a band.
  package var target: Double
  /// How far the value is from `target`, always positive, rounded to 4 decimals.
  package var gap: Double
  /// Which way the value has to move.
  package var direction: Direction
  /// The points the value earns at `target`.
  package var points: Int
  /// The points gained: `points` minus the current points.
  package var pointsGained: Int
}

extension ScoringRule {
  /// The nearest value that earns more points than `value` (already rounded for scoring), or
  /// `nil` when no value earns more.
  ///
  /// `higher`: the lowest threshold not reached; `lower`: the highest maximum not met;
  /// `target`: of the bands that would earn more, the nearest (a band below ends at its `to`
  /// less 0.0001), ties to the band with more points, then the first listed.
  package func nextPoint(from value: Double) -> NextPoint? {
    let current = points(for: value)
    func step(_ target: Double, _ direction: NextPoint.Direction) -> NextPoint? {
      let earned = points(for: target)
      guard earned > current else { return nil }
      let gap = DecimalRounding.scoringValue(abs(target - value))
      return NextPoint(
        target: target, gap: gap, direction: direction, points: earned,
        pointsGained: earned - current)
    }
    switch self {
    case .higher(let thresholds):
      guard current < thresholds.count else { return nil }
      return step(thresholds[current], .increase)
    case .lower(let thresholds):
      guard current < thresholds.count else { return nil }
      return step(thresholds[current], .decrease)
    case .target(let bands):
      var best: NextPoint?
      for band in bands where band.points > current && !band.contains(value) {
        let candidate =
          value < band.from
          ? step(band.from, .increase)
          : step(DecimalRounding.scoringValue(band.to - 0.0001), .decrease)
        guard let candidate else { continue }
        if let chosen = best,
          (chosen.gap, -chosen.points) <= (candidate.gap, -candidate.points)
        {
          continue
        }
        best = candidate
      }
      return best
    }
  }
}

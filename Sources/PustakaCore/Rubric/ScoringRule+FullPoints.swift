extension ScoringRule {
  /// The value at which the rule gives its highest points: the last threshold of a `higher` or
  /// `lower` rule; `nil` for a `target` rule, whose best band has two ends.
  ///
  /// The built-in `titles` rule `[250, 500, 750, 1000]` gives 1000: a library with 1,000
  /// titles or more earns all 4 points (Perpusnas regulation 6/2017). The built-in
  /// `cost_per_visit` rule `[50000, 25000, 15000, 8000]` gives 8000 (at most Rp 8,000 a visit).
  package var fullPointsThreshold: Double? {
    switch self {
    case .higher(let thresholds), .lower(let thresholds): return thresholds.last
    case .target: return nil
    }
  }

  /// How far `value` is from `fullPointsThreshold`: what a `higher` value lacks, or by how much
  /// a `lower` value is too high; 0 when it already earns the highest points, `nil` for a
  /// `target` rule.
  ///
  /// Unit: the indicator's. Example: 812 titles lack 188 of the 1,000 for 4 points; 1,200
  /// titles lack 0. The gap is rounded like scoring values (4 decimals), so 0.35 copies per
  /// person lack exactly 0.15 of 0.50.
  package func gapToFullPoints(from value: Double) -> Double? {
    guard let threshold = fullPointsThreshold else { return nil }
    let gap: Double
    switch kind {
    case .higher: gap = threshold - value
    case .lower: gap = value - threshold
    case .target: return nil
    }
    return gap > 0 ? DecimalRounding.scoringValue(gap) : 0
  }
}

/// How one indicator's value is turned into points: thresholds or bands, per `IndicatorKind`.
///
/// Values are compared after `DecimalRounding.scoringValue(_:)` (4 decimal places).
package enum ScoringRule: Hashable, Sendable {
  /// Minimum thresholds, non-decreasing: threshold `i` (from 0) earns `i + 1` points.
  ///
  /// `[250, 500, 750, 1000]`: 812 reaches 750 and earns 3 points; 249 earns 0. Repeated
  /// thresholds skip points: with `[1, 1, 2, 2]` a value of 1 earns 2 and 2 earns 4.
  case higher(thresholds: [Double])
  /// Maximum thresholds, non-increasing: threshold `i` (from 0) earns `i + 1` points.
  ///
  /// `[50000, 25000, 15000, 8000]`: 20,000 is at most 25,000 and earns 2 points; 60,000 earns 0.
  case lower(thresholds: [Double])
  /// Bands `from ..< to`; the first band that holds the value gives the points, else 0.
  case target(bands: [ScoreBand])

  /// The rule's kind.
  package var kind: IndicatorKind {
    switch self {
    case .higher: return .higher
    case .lower: return .lower
    case .target: return .target
    }
  }

  /// The points that `value` (already rounded for scoring) earns.
  ///
  /// `higher`: the number of thresholds with `value >= threshold`; `lower`: the number with
  /// `value <= threshold`; `target`: the first matching band's points, else 0.
  package func points(for value: Double) -> Int {
    switch self {
    case .higher(let thresholds): return thresholds.count(where: { value >= $0 })
    case .lower(let thresholds): return thresholds.count(where: { value <= $0 })
    case .target(let bands): return bands.first { $0.contains(value) }?.points ?? 0
    }
  }

  /// The highest points the rule can give.
  package var maximumPoints: Int {
    switch self {
    case .higher(let thresholds), .lower(let thresholds): return thresholds.count
    case .target(let bands): return bands.map(\.points).max() ?? 0
    }
  }

  /// What is wrong with the rule on a rubric of `scale` points, or `nil` when it is sound.
  ///
  /// Messages name the indicator `key`, such as
  /// `thresholds of 'titles' must not decrease (750 after 1000)`.
  package func problem(key: String, scale: Int) -> String? {
    switch self {
    case .higher(let thresholds), .lower(let thresholds):
      if thresholds.count != scale {
        return "'\(key)' has \(thresholds.count) thresholds; a scale of \(scale) needs \(scale),"
          + " one per point"
      }
      if let bad = thresholds.first(where: { !$0.isFinite }) {
        return "thresholds of '\(key)' must be finite numbers (\(Self.text(bad)))"
      }
      let rising = kind == .higher
      for (earlier, later) in zip(thresholds, thresholds.dropFirst())
      where rising ? later < earlier : later > earlier {
        let verb = rising ? "decrease" : "increase"
        return "thresholds of '\(key)' must not \(verb) (\(Self.text(later)) after"
          + " \(Self.text(earlier)))"
      }
      return nil
    case .target(let bands):
      if bands.isEmpty { return "'\(key)' has no bands" }
      for band in bands {
        if band.points > scale {
          return "band \(Self.text(band)) of '\(key)' gives \(band.points) points, above the"
            + " scale of \(scale)"
        }
        if band.points < 0 {
          return "band \(Self.text(band)) of '\(key)' gives negative points"
        }
        if !(band.from < band.to) || band.from.isNaN {
          return "band \(Self.text(band)) of '\(key)' must start below its end"
        }
      }
      return nil
    }
  }

  /// A number as rubric files write it: `750`, `0.35`, `.inf`.
  package static func text(_ number: Double) -> String {
    if number == .infinity { return ".inf" }
    if number == -.infinity { return "-.inf" }
    if number.isNaN { return ".nan" }
    if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
    return number.description
  }

  /// A band as rubric files write it: `[95, 105, 4]`.
  package static func text(_ band: ScoreBand) -> String {
    "[\(text(band.from)), \(text(band.to)), \(band.points)]"
  }
}

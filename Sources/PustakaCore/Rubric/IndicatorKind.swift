/// How an indicator's value turns into points (*jenis indikator*).
package enum IndicatorKind: String, CaseIterable, Hashable, Sendable {
  /// More is better; thresholds are minimums (`value >= threshold`).
  case higher
  /// Less is better; thresholds are maximums (`value <= threshold`).
  case lower
  /// A band of values scores best; bands `[from, to, points]`, first match wins.
  case target
}

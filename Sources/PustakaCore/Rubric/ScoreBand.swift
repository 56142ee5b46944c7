/// One band of a `target` indicator: values in `from ..< to` score `points`.
///
/// Written `[95, 105, 4]` in a rubric file; `to` may be `.inf`.
package struct ScoreBand: Hashable, Sendable {
  /// The lowest value in the band (included).
  package var from: Double
  /// The first value past the band (excluded); may be infinite.
  package var to: Double
  /// The points a value in the band scores.
  package var points: Int

  /// Creates a band.
  package init(from: Double, to: Double, points: Int) {
    self.from = from
    self.to = to
    self.points = points
  }

  /// Whether `value` lies in the band: `from <= value < to`.
  package func contains(_ value: Double) -> Bool {
    from <= value && value < to
  }
}

/// A rule that changes how cells look depending on their values.
package struct ConditionalFormat: Hashable, Sendable {
  /// The cells the rule applies to.
  package var range: CellRange
  /// What the rule tests and shows.
  package var rule: Rule

  /// Creates a rule over `range`.
  package init(range: CellRange, rule: Rule) {
    self.range = range
    self.rule = rule
  }

  /// The kinds of rule the reports use.
  package enum Rule: Hashable, Sendable {
    /// A two-colour scale from the lowest value's colour to the highest's.
    case twoColorScale(minimum: Color, maximum: Color)
    /// A three-colour scale with a colour for the 50th percentile.
    case threeColorScale(minimum: Color, middle: Color, maximum: Color)
    /// A data bar in `color`, proportional to the value.
    case dataBar(color: Color)
    /// Cells whose value compares with `value` by `comparison` get `format`.
    case cellValue(CellComparison, format: CellFormat)
    /// Cells for which `formula` (relative to the range's top-left cell, no leading `=`) is
    /// true get `format`.
    case formula(String, format: CellFormat)
  }
}

/// A comparison of a cell's value with one or two numbers.
package enum CellComparison: Hashable, Sendable {
  /// Equal to the value.
  case equalTo(Double)
  /// Not equal to the value.
  case notEqualTo(Double)
  /// Greater than the value.
  case greaterThan(Double)
  /// Greater than or equal to the value.
  case greaterThanOrEqualTo(Double)
  /// Less than the value.
  case lessThan(Double)
  /// Less than or equal to the value.
  case lessThanOrEqualTo(Double)
  /// Between the two values, both included.
  case between(Double, Double)
  /// Outside the two values.
  case notBetween(Double, Double)
}

/// One indicator as a rubric scores it: which measure, in which area, how, and with what weight.
package struct RubricIndicator: Hashable, Sendable {
  /// The measure (its formula is fixed by the key).
  package var key: IndicatorKey
  /// The area whose sub-score the indicator counts in.
  package var area: KPIArea
  /// The indicator's label in both languages.
  package var label: LocalizedText
  /// How the value turns into points.
  package var rule: ScoringRule
  /// The indicator's weight in the KPI and its area's sub-score, more than 0; 1 by default.
  package var weight: Double

  /// Creates an indicator; area, label and rule default to the built-in rubric's.
  package init(
    key: IndicatorKey, area: KPIArea? = nil, label: LocalizedText? = nil,
    rule: ScoringRule? = nil, weight: Double = 1
  ) {
    self.key = key
    self.area = area ?? key.defaultArea
    self.label = label ?? key.defaultLabel
    self.rule = rule ?? key.defaultRule
    self.weight = weight
  }

  /// The indicator's kind, from its rule.
  package var kind: IndicatorKind { rule.kind }
}

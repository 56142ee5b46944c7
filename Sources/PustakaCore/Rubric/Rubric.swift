/// A KPI rubric (*rubrik penilaian*): the indicators scored, their thresholds and weights, the
/// point scale and the grades.
///
/// With points `p_i` (0 to `scale`) and weights `w_i`,
/// `KPI = sum(p_i x w_i) / (scale x sum(w_i)) x 100`; area sub-scores use the same formula over
/// the area's indicators. The built-in rubric is `Rubric.builtIn`.
package struct Rubric: Hashable, Sendable {
  /// The rubric file format's version, 1.
  package var version: Int
  /// The rubric's name, shown on the method sheet.
  package var name: String
  /// The points of a fully met indicator, 4 by default.
  package var scale: Int
  /// The grades, highest minimum first; the last has minimum 0.
  package var grades: [GradeRule]
  /// The indicators in rubric order (the order of reports and `scores.csv` columns).
  package var indicators: [RubricIndicator]

  /// Creates a rubric; `problems` says whether it is sound.
  package init(
    version: Int = 1, name: String, scale: Int = 4, grades: [GradeRule] = Rubric.builtInGrades,
    indicators: [RubricIndicator]
  ) {
    self.version = version
    self.name = name
    self.scale = scale
    self.grades = grades
    self.indicators = indicators
  }

  /// The grade a KPI earns: the first grade whose minimum the KPI reaches, or `nil` when none.
  ///
  /// With the built-in grades, 80 gives A, 79.99 gives B, 40 gives C and 39.9 gives D.
  package func grade(for kpi: Double) -> GradeRule? {
    grades.first { kpi >= $0.minimum }
  }

  /// The areas that have at least one indicator, in area order.
  package var areas: [KPIArea] {
    KPIArea.allCases.filter { area in indicators.contains { $0.area == area } }
  }

  /// The rubric's indicator for `key`, or `nil` when the rubric does not score it.
  package func indicator(_ key: IndicatorKey) -> RubricIndicator? {
    indicators.first { $0.key == key }
  }

  /// What is wrong with the rubric, one message per problem (empty when it is sound).
  ///
  /// Checks: a positive scale, at least one indicator, each key once, every rule sound for the
  /// scale (`ScoringRule.problem(key:scale:)`), positive finite weights, grades with
  /// decreasing minimums ending at 0.
  package var problems: [String] {
    var found: [String] = []
    if scale < 1 { found.append("scale must be a whole number of at least 1 (\(scale))") }
    if indicators.isEmpty { found.append("the rubric has no indicators") }
    var seen: Set<IndicatorKey> = []
    for indicator in indicators {
      if !seen.insert(indicator.key).inserted {
        found.append("indicator '\(indicator.key.key)' is listed twice")
      }
      if let problem = indicator.rule.problem(key: indicator.key.key, scale: scale) {
        found.append(problem)
      }
      if let problem = Self.weightProblem(indicator.weight, key: indicator.key.key) {
        found.append(problem)
      }
    }
    if let problem = Self.gradesProblem(grades) { found.append(problem) }
    return found
  }

  /// The largest weight an indicator may have: weights are relative, and bounding them keeps
  /// the KPI's sums finite.
  package static let maximumWeight = 1_000.0

  /// The message for a weight that is not positive, or larger than `maximumWeight`, or `nil`.
  package static func weightProblem(_ weight: Double, key: String) -> String? {
    guard weight > 0 else {
      return "weight of '\(key)' must be positive (\(ScoringRule.text(weight)))"
    }
    guard weight <= maximumWeight else {
      return "weight of '\(key)' must be at most 1000 (\(ScoringRule.text(weight)))"
    }
    return nil
  }

  /// The message for grades that do not decrease to 0, or `nil` when they are sound.
  package static func gradesProblem(_ grades: [GradeRule]) -> String? {
    guard let last = grades.last else { return "the rubric has no grades" }
    for (earlier, later) in zip(grades, grades.dropFirst()) where !(later.minimum < earlier.minimum)
    {
      return "grades must be listed from the highest minimum down ("
        + "\(ScoringRule.text(later.minimum)) after \(ScoringRule.text(earlier.minimum)))"
    }
    if last.minimum != 0 {
      return "the last grade must have min 0 so that every KPI gets a grade"
        + " (\(ScoringRule.text(last.minimum)))"
    }
    return nil
  }
}

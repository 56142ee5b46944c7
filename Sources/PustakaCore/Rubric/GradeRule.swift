/// One grade of the rubric (*predikat*): a KPI at or above `minimum` earns `grade`.
///
/// The built-in grades: A (>= 80, *Sangat Baik*), B (>= 60, *Baik*), C (>= 40, *Cukup*),
/// D (below 40, *Perlu Pembinaan*).
package struct GradeRule: Hashable, Sendable {
  /// The lowest KPI (0-100, full precision) that earns the grade.
  package var minimum: Double
  /// The grade's letter, such as `A`.
  package var grade: String
  /// The grade's words in both languages, such as *Sangat Baik* / Excellent.
  package var label: LocalizedText

  /// Creates a grade rule.
  package init(minimum: Double, grade: String, label: LocalizedText) {
    self.minimum = minimum
    self.grade = grade
    self.label = label
  }
}

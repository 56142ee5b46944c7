/// How many reporting libraries earned each grade of a rubric (*sebaran predikat*).
///
/// One entry per grade of the rubric, in rubric order (highest minimum first), zero counts
/// included, so a chart of the grades always shows every grade. Libraries that do not report
/// have no grade and are not counted.
///
/// Example: KPIs 81.25, 80, 62.5 and 38 with the built-in grades give A 2, B 1, C 0, D 1.
package struct GradeCounts: Hashable, Sendable {
  /// One grade and the number of libraries that earned it.
  package struct Entry: Hashable, Sendable {
    /// The grade.
    package var grade: GradeRule
    /// Reporting libraries with that grade.
    package var count: Int
  }

  /// The grades in rubric order with their counts.
  package var entries: [Entry]

  /// Counts the grades of the reporting libraries among `scores` against `rubric`'s grades.
  package init(_ scores: [LibraryScore], rubric: Rubric) {
    entries = rubric.grades.map { grade in
      Entry(
        grade: grade,
        count: scores.filter { $0.isReporting && $0.grade?.grade == grade.grade }.count)
    }
  }

  /// Reporting libraries counted (the sum of the entries).
  package var total: Int { entries.reduce(0) { $0 + $1.count } }
}

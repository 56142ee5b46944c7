extension Rubric {
  /// The built-in rubric (kpi-rubric.md, version 1.1): the 20 indicators in order, weight 1,
  /// scale 4, grades A to D.
  package static let builtIn = Rubric(
    version: 1, name: "KPI Perpustakaan Desa (default)", scale: 4, grades: builtInGrades,
    indicators: IndicatorKey.allCases.map { RubricIndicator(key: $0) })

  /// The built-in grades: A >= 80, B >= 60, C >= 40, D below.
  package static let builtInGrades: [GradeRule] = [
    GradeRule(
      minimum: 80, grade: "A", label: LocalizedText(indonesian: "Sangat Baik", english: "Excellent")
    ),
    GradeRule(minimum: 60, grade: "B", label: LocalizedText(indonesian: "Baik", english: "Good")),
    GradeRule(minimum: 40, grade: "C", label: LocalizedText(indonesian: "Cukup", english: "Fair")),
    GradeRule(
      minimum: 0, grade: "D",
      label: LocalizedText(indonesian: "Perlu Pembinaan", english: "Needs support")),
  ]
}

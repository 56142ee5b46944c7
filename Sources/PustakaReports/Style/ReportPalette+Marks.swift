import PustakaCore
import XLSXWriter

extension ReportPalette {
  /// The colour of `grade`: the rubric's first grade gets `gradeA`, the second `gradeB` and
  /// so on; a rubric with more than four grades shows the rest in `muted`.
  package static func color(of grade: GradeRule, in rubric: Rubric) -> Color {
    let colors = [gradeA, gradeB, gradeC, gradeD]
    guard let index = rubric.grades.firstIndex(where: { $0.grade == grade.grade }),
      index < colors.count
    else { return muted }
    return colors[index]
  }

  /// The text colour readable on `color(of:in:)`: white on the dark green and red, black on
  /// the light green and amber.
  package static func textColor(on grade: GradeRule, in rubric: Rubric) -> Color {
    let fill = color(of: grade, in: rubric)
    return fill == gradeB || fill == gradeC ? .black : .white
  }

  /// The colour of `area`, for bands, data bars and chart series.
  package static func color(of area: KPIArea) -> Color {
    switch area {
    case .development: return development
    case .service: return service
    case .resources: return resources
    case .community: return community
    }
  }

  /// The colour of a spending category in pie and stacked charts (after Okabe-Ito).
  package static func color(of category: BudgetCategory) -> Color {
    switch category {
    case .collection: return Color(rgb: 0x00_72B2)
    case .operations: return Color(rgb: 0xE6_9F00)
    case .programs: return Color(rgb: 0xCC_79A7)
    case .facilities: return Color(rgb: 0x56_B4E9)
    case .staff: return Color(rgb: 0x00_9E73)
    }
  }

  /// Light grey behind a value the data leaves missing.
  package static let missingFill = Color(rgb: 0xD9_D9D9)
  /// Light yellow behind a value carried forward from an earlier month.
  package static let carriedForwardFill = Color(rgb: 0xFF_F2CC)
}

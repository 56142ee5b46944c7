import PustakaCore
import XLSXWriter

extension ReportPalette {
  /// District means next to a library's own figures: mid grey.
  package static let districtMean = Color(rgb: 0x7F_7F7F)
  /// Regency means next to a library's own figures: light grey.
  package static let regencyMean = Color(rgb: 0xBF_BFBF)
  /// Behind a notice that a library did not report: pale amber.
  package static let notice = Color(rgb: 0xFF_F2CC)

  /// Black or white, whichever reads better on `fill` (by its perceived brightness).
  package static func text(on fill: Color) -> Color {
    let red = Double((fill.rgb >> 16) & 0xFF)
    let green = Double((fill.rgb >> 8) & 0xFF)
    let blue = Double(fill.rgb & 0xFF)
    return 0.299 * red + 0.587 * green + 0.114 * blue > 140 ? .black : .white
  }

  /// The colour of `area`.
  package static func areaColor(_ area: KPIArea) -> Color {
    switch area {
    case .development: return development
    case .service: return service
    case .resources: return resources
    case .community: return community
    }
  }

  /// The colour of the grade at `position` in the rubric's grades (0 is the best, A).
  package static func gradeColor(position: Int) -> Color {
    switch position {
    case 0: return gradeA
    case 1: return gradeB
    case 2: return gradeC
    default: return gradeD
    }
  }
}

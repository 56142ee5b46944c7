import XLSXWriter

/// The colours behind an indicator's points, the same on the report card and on the
/// indicators sheet, with the legend both print: pale red for none, pale yellow for some,
/// pale green for full points. Pale, so that the figures stay readable on any printer.
extension ReportPalette {
  /// Behind an indicator at no points: pale red.
  package static let noPoints = Color(rgb: 0xFB_E2E0)
  /// Behind an indicator with some points but not all: pale yellow.
  package static let somePoints = Color(rgb: 0xFF_F2B3)
  /// Behind an indicator at full points: pale green.
  package static let fullPoints = Color(rgb: 0xE2_F0D9)

  /// The colour behind `points` of `maximum`.
  package static func pointsFill(_ points: Int, maximum: Int) -> Color {
    if points <= 0 { return noPoints }
    return points >= maximum ? fullPoints : somePoints
  }
}

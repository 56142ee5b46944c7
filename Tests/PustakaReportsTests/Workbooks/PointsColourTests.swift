import PustakaCore
import Testing
import XLSXWriter

@testable import PustakaReports

/// Issue 11.9: points have the same colours on the report card and on the indicators sheet.
@Suite struct PointsColourTests {
  @Test("issue 11.9: none, some and full points are red, yellow and green in both places")
  func sameColours() throws {
    let context = ReportFixture.context()
    let indicators = IndicatorsSheet.build(context).spec
    let fills = Set(
      indicators.conditionalFormats.compactMap { format -> Color? in
        guard case .cellValue(_, let style) = format.rule else { return nil }
        return style.fill
      })
    #expect(fills == [ReportPalette.noPoints, ReportPalette.somePoints, ReportPalette.fullPoints])
    let score = try #require(context.scores.first { $0.library.id == "L2" })
    let card = try #require(LibraryCard.workbook(for: score, context: context).sheets.first)
    let pointsFormat = "0" + LibraryCard.Formats.literal(" / \(context.rubric.scale)")
    let pointCells = card.cells.values.filter { $0.format.numberFormat == pointsFormat }
    #expect(pointCells.count == score.indicators.count)
    var seen = Set<Color>()
    for cell in pointCells {
      guard case .number(let points) = cell.value else { continue }
      let expected = ReportPalette.pointsFill(Int(points), maximum: context.rubric.scale)
      #expect(cell.format.fill == expected)
      seen.insert(expected)
    }
    // L2 has indicators at some points and at full points.
    #expect(seen.contains(ReportPalette.somePoints))
    #expect(seen.contains(ReportPalette.fullPoints))
  }
}

import PustakaCore
import TestSupport
import Testing
import XLSXReader

@testable import PustakaReports

/// Issue 11.9: workbooks name places as the group spells them (the first row naming a place),
/// never as one library typed them.
@Suite struct PlaceSpellingTests {
  /// The small regency with L2 typing L1's village and district its own way.
  static func context() -> ReportContext {
    let base = SmallRegency.dataSet()
    let libraries = base.libraries.map { library -> VillageLibrary in
      guard library.id == "L2" else { return library }
      var typed = library
      typed.village = "  WATUALANG"
      typed.district = "NGAWI "
      return typed
    }
    let dataSet = DataSet(
      libraries: libraries, budget: base.budget, collection: base.collection,
      attendance: base.attendance, activities: base.activities, operations: base.operations)
    return ReportFixture.context(of: dataSet)
  }

  @Test("issue 11.9: the card and the detail sheets show the group's spelling of places")
  func groupSpelling() throws {
    let context = Self.context()
    let score = try #require(context.scores.first { $0.library.id == "L2" })
    #expect(score.library.village == "  WATUALANG")
    let card = try WrittenCard.write(score, context: context)
    let subtitle = card.card.cell("A2")?.value
    guard case .string(let text)? = subtitle else {
      Issue.record("no subtitle on the card")
      return
    }
    #expect(text.contains("Desa Watualang"))
    #expect(text.contains("Kecamatan Ngawi"))
    let texts = DetailSheets.build(context).flatMap { sheet in
      sheet.spec.cells.values.compactMap { cell -> String? in
        if case .string(let text) = cell.value { return text }
        return nil
      }
    }
    #expect(texts.contains("Watualang"))
    #expect(!texts.contains { $0.contains("WATUALANG") || $0.contains("NGAWI ") })
  }
}

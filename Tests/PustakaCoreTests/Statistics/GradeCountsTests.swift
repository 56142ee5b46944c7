import Testing

@testable import PustakaCore

@Suite struct GradeCountsTests {
  static func score(_ id: String, kpi: Double?) -> LibraryScore {
    LibraryScore(
      library: VillageLibrary(id: LibraryID(id), name: id), isReporting: kpi != nil,
      indicators: [], areas: [], points: 0, kpi: kpi,
      grade: kpi.flatMap { Rubric.builtIn.grade(for: $0) }, rank: nil, rankInDistrict: nil,
      change: nil, recommendations: [])
  }

  @Test("every grade of the rubric is counted, in rubric order, zeros included")
  func counts() {
    // 81.25 and 80 are A, 62.5 is B, 38 is D; the non-reporting library has no grade.
    let counts = GradeCounts(
      [
        Self.score("L1", kpi: 81.25), Self.score("L2", kpi: 80), Self.score("L3", kpi: 62.5),
        Self.score("L4", kpi: 38), Self.score("L5", kpi: nil),
      ], rubric: .builtIn)
    #expect(counts.entries.map(\.grade.grade) == ["A", "B", "C", "D"])
    #expect(counts.entries.map(\.count) == [2, 1, 0, 1])
    #expect(counts.total == 4)
  }
}

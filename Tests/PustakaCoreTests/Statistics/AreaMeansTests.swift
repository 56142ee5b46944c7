import Testing

@testable import PustakaCore

@Suite struct AreaMeansTests {
  /// A score with the given development and service points out of 20 (5 indicators, weight 1).
  static func score(_ id: LibraryID, development: Int, service: Int) -> LibraryScore {
    func area(_ area: KPIArea, _ points: Int) -> AreaScore {
      AreaScore(
        area: area, points: points, weightedPoints: Double(points), maximumWeightedPoints: 20)
    }
    return LibraryScore(
      library: VillageLibrary(id: id, name: "Perpustakaan \(id)"), isReporting: true,
      indicators: [], areas: [area(.development, development), area(.service, service)],
      points: development + service, kpi: Double(development + service) * 100 / 40, grade: nil,
      rank: nil, rankInDistrict: nil, change: nil, recommendations: [])
  }

  static let silent = LibraryScore(
    library: VillageLibrary(id: "L9", name: "Perpustakaan Sepi"), isReporting: false,
    indicators: [], areas: [], points: 0, kpi: nil, grade: nil, rank: nil, rankInDistrict: nil,
    change: nil, recommendations: [])

  @Test("each area's mean is the mean of the reporting libraries' sub-scores")
  func means() throws {
    // Development 16, 12 and 9 of 20 points: 80, 60 and 45, mean 185 / 3 = 61.666...
    // Service 20, 10 and 5 of 20: 100, 50 and 25, mean 58.333...
    let means = AreaMeans([
      Self.score("L1", development: 16, service: 20), Self.silent,
      Self.score("L2", development: 12, service: 10), Self.score("L3", development: 9, service: 5),
    ])
    #expect(means.count == 3)
    let development = try #require(means.mean(.development))
    let service = try #require(means.mean(.service))
    #expect(abs(development - 185.0 / 3) < 1e-12)
    #expect(abs(service - 175.0 / 3) < 1e-12)
    #expect(means.mean(.community) == nil)
  }

  @Test("without a reporting library every mean is missing") func empty() {
    let means = AreaMeans([Self.silent])
    #expect(means.count == 0)
    #expect(KPIArea.allCases.allSatisfy { means.mean($0) == nil })
  }
}

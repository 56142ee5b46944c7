import Testing

@testable import PustakaCore

@Suite struct ScoreAveragesTests {
  /// A reporting library scored on `titles` (development) and `open_days` (service) only.
  static func score(
    _ id: String, titles: Double?, openDays: Double, reporting: Bool = true
  ) -> LibraryScore {
    let rubric = Rubric(
      name: "two", indicators: [RubricIndicator(key: .titles), RubricIndicator(key: .openDays)])
    let titlesMeasurement =
      titles.map { IndicatorMeasurement(key: .titles, value: $0, inputs: []) }
      ?? IndicatorMeasurement(key: .titles, missing: .noSnapshot(.collection))
    let indicators = [
      IndicatorScore(indicator: rubric.indicators[0], measurement: titlesMeasurement),
      IndicatorScore(
        indicator: rubric.indicators[1],
        measurement: IndicatorMeasurement(key: .openDays, value: openDays, inputs: [])),
    ]
    let areas = indicators.map {
      AreaScore(
        area: $0.indicator.area, points: $0.points, weightedPoints: $0.weightedPoints,
        maximumWeightedPoints: 4)
    }
    return LibraryScore(
      library: VillageLibrary(id: LibraryID(id), name: id), isReporting: reporting,
      indicators: reporting ? indicators : [], areas: reporting ? areas : [],
      points: indicators.reduce(0) { $0 + $1.points }, kpi: reporting ? 50 : nil, grade: nil,
      rank: nil, rankInDistrict: nil, change: nil, recommendations: [])
  }

  @Test("means run over reporting libraries, a missing value counting 0 points")
  func means() {
    // L1: 1,000 titles (4 points, development 100), 20 open days (4, service 100).
    // L2: titles missing (0, development 0), 12 open days (2, service 50).
    // L3 does not report and is left out.
    let averages = ScoreAverages([
      Self.score("L1", titles: 1000, openDays: 20), Self.score("L2", titles: nil, openDays: 12),
      Self.score("L3", titles: 1000, openDays: 20, reporting: false),
    ])
    #expect(averages.count == 2)
    #expect(averages.points(.titles) == 2)
    #expect(averages.points(.openDays) == 3)
    #expect(averages.areaScore(.development) == 50)
    #expect(averages.areaScore(.service) == 75)
    #expect(averages.areaScore(.community) == nil)
    #expect(averages.missingCounts[.titles] == 1)
    #expect(averages.missingCounts[.openDays] == 0)
  }

  @Test("no reporting library gives no means") func empty() {
    let averages = ScoreAverages([Self.score("L3", titles: 1, openDays: 1, reporting: false)])
    #expect(averages.count == 0)
    #expect(averages.points(.titles) == nil)
    #expect(averages.areaScore(.development) == nil)
  }
}

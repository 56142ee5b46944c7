import Testing

@testable import PustakaCore

@Suite struct ScoreboardPlacesTests {
  /// Two regencies whose libraries alternate in data order: Ngawi (N1 Ngawi, N2 Paron, N3
  /// Ngawi, silent) and Madiun (M1, M2 in Dagangan).
  static var fixture: ScoringFixture {
    var fixture = ScoringFixture()
    fixture.library("N1", district: "Ngawi", regency: "Ngawi")
    fixture.library("M1", district: "Dagangan", regency: "Madiun")
    fixture.library("N2", district: "Paron", regency: "Ngawi")
    fixture.library("M2", district: "Dagangan", regency: "Madiun")
    fixture.library("N3", district: "Ngawi", regency: "Ngawi")
    fixture.attendance("N1", "2026-10", openDays: 20, visitors: 300)
    fixture.attendance("M1", "2026-10", openDays: 10, visitors: 100)
    fixture.attendance("N2", "2026-10", openDays: 12, visitors: 500)
    fixture.attendance("M2", "2026-10", openDays: 20, visitors: 600)
    return fixture
  }

  static func report() throws -> PeriodReport {
    try PeriodReport(dataSet: fixture.dataSet, period: Period(parsing: "2026-10"))
  }

  @Test("a regency's block holds exactly its libraries, ranked, silent ones last")
  func regencyBlocks() throws {
    let report = try Self.report()
    let board = report.scoreboard
    let ngawi = board.scores(ofRegency: 0, in: report.places)
    let madiun = board.scores(ofRegency: 1, in: report.places)
    #expect(Set(ngawi.map(\.library.id)) == ["N1", "N2", "N3"])
    #expect(ngawi.last?.library.id == "N3")
    #expect(ngawi.last?.isReporting == false)
    #expect(Set(madiun.map(\.library.id)) == ["M1", "M2"])
    #expect(Array(ngawi) == board.libraries.filter { $0.library.regency == "Ngawi" })
    #expect(Array(madiun) == board.libraries.filter { $0.library.regency == "Madiun" })
  }
}

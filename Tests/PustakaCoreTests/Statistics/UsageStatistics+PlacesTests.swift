import Testing

@testable import PustakaCore

@Suite struct UsageStatisticsPlacesTests {
  @Test("districts, regencies and libraries are found by position, as by name")
  func lookUps() throws {
    let report = try ScoreboardPlacesTests.report()
    let statistics = report.statistics
    let places = report.places
    #expect(statistics.district(0, ofRegency: 1, in: places)?.district == "Dagangan")
    #expect(statistics.district(0, ofRegency: 1, in: places)?.regency == "Madiun")
    #expect(statistics.district(1, ofRegency: 0, in: places)?.district == "Paron")
    #expect(statistics.district(1, ofRegency: 0, in: places)?.figures.attendance.visitors == 500)
    #expect(statistics.district(2, ofRegency: 0, in: places) == nil)
    #expect(statistics.district(0, ofRegency: 2, in: places) == nil)
    #expect(statistics.regency(1)?.regency == "Madiun")
    #expect(statistics.regency(1)?.figures.attendance.visitors == 700)
    #expect(statistics.regency(2) == nil)
    #expect(statistics.library(at: 3)?.library?.id == "M2")
    #expect(statistics.library(at: 5) == nil)
  }
}

import PustakaCore
import TestSupport
import Testing

/// Issue 13: provinces in the place directory, the regencies' standing within a province and
/// the award list across it.
@Suite struct ProvinceStandingTests {
  static let report = PeriodReport(
    dataSet: SmallProvince.dataSet(), period: .month(SmallRegency.lastMonth))

  @Test("regencies are grouped into provinces by their libraries' province, spelt as first seen")
  func provinces() {
    let provinces = Self.report.places.provinces
    #expect(provinces.map(\.name) == ["Jawa Timur", "Jawa Tengah"])
    #expect(provinces.map(\.regencyPositions) == [[0, 1], [2]])
  }

  @Test("regencies whose rows name no province form one province without a name")
  func unnamedProvince() {
    let libraries = SmallProvince.dataSet().libraries.map { library in
      var copy = library
      if copy.regency == "Madiun" { copy.province = nil }
      if copy.regency == "Solo" { copy.province = "  " }
      return copy
    }
    let places = PlaceDirectory(libraries)
    #expect(places.provinces.map(\.name) == ["Jawa Timur", nil])
    #expect(places.provinces.map(\.regencyPositions) == [[0], [1, 2]])
  }

  @Test("a province's regencies are ranked by mean KPI and by IPLM, with the province's totals")
  func standing() throws {
    let report = Self.report
    let standing = ProvinceStanding(report, province: 0)
    #expect(standing.name == "Jawa Timur")
    #expect(standing.regencies.map(\.statistics.regency) == ["Ngawi", "Madiun"])
    #expect(standing.regencies.map(\.kpiRank) == [1, 2])
    // Ngawi: 6 reporting libraries; Madiun: copies of L3, L4 and L5 report (L7 never does).
    let ngawi = report.scoreboard.libraries.filter { $0.library.regency == "Ngawi" }
      .compactMap(\.kpi)
    let madiun = report.scoreboard.libraries.filter { $0.library.regency == "Madiun" }
      .compactMap(\.kpi)
    #expect(ngawi.count == 6)
    #expect(madiun.count == 3)
    let ngawiMean = ngawi.reduce(0, +) / 6
    let madiunMean = madiun.reduce(0, +) / 3
    #expect(try #require(standing.regencies[0].statistics.kpi.mean) == ngawiMean)
    #expect(try #require(standing.regencies[1].statistics.kpi.mean) == madiunMean)
    let indexes = report.literacyIndex.regencies.map(\.index)
    #expect(standing.regencies.map { $0.literacyIndex?.index } == [indexes[0], indexes[1]])
    let iplmRanks = indexes[0] >= indexes[1] ? [1, 2] : [2, 1]
    #expect(standing.regencies.map(\.iplmRank) == iplmRanks)
    #expect(standing.totals.figures.libraries == 11)
    #expect(standing.totals.figures.reporting == 9)
    #expect(
      standing.totals.figures.attendance.visitors
        == report.statistics.regencies[0].figures.attendance.visitors
        + report.statistics.regencies[1].figures.attendance.visitors)
    #expect(standing.totals.kpi.mean == (ngawi + madiun).reduce(0, +) / 9)
  }

  @Test("the province's award list ranks across its regencies, ties sharing a rank")
  func awardList() {
    let report = Self.report
    let award = AwardList(report, basis: .period, province: 0)
    #expect(award.entries.map(\.score.library.id.rawValue) == ["L1", "L2", "L5", "M5"])
    #expect(award.entries.map(\.rank) == [1, 2, 3, 3])
    #expect(award.entries[2].score.kpi == award.entries[3].score.kpi)
    // A one-regency province lists its own best, whatever the other province holds.
    let solo = AwardList(report, basis: .period, province: 1)
    #expect(solo.entries.map(\.score.library.id.rawValue) == ["S1", "S2"])
    #expect(solo.entries.map(\.rank) == [1, 2])
  }

  @Test(
    "a regency's award and support lists read only its block of the board, with the same result")
  func regencyBlock() {
    let report = Self.report
    for (regency, name) in [(0, "Ngawi"), (1, "Madiun"), (2, "Solo")] {
      for basis in AwardBasis.allCases {
        let whole = AwardList(report, basis: basis, rankedByDistrict: false) { $0.regency == name }
        let block = AwardList(report, basis: basis, rankedByDistrict: false, regency: regency) {
          $0.regency == name
        }
        #expect(!block.entries.isEmpty)
        #expect(block == whole)
        let support = SupportList(report, basis: basis, regency: regency) { $0.regency == name }
        #expect(support == SupportList(report, basis: basis) { $0.regency == name })
      }
    }
  }

  @Test("province statistics are computed only when the data holds several regencies")
  func singleRegency() {
    let report = PeriodReport(
      dataSet: SmallRegency.dataSet(), period: .month(SmallRegency.lastMonth))
    #expect(report.places.provinces.count == 1)
    #expect(report.statistics.provinces.isEmpty)
  }
}

import PustakaCore
import Testing

@testable import PustakaReports

@Suite struct ReportContextTests {
  @Test("a regency context holds every library, reporting ones by rank")
  func regencyScope() {
    let context = ReportFixture.context()
    #expect(
      context.scores.map(\.library.id.rawValue) == ["L1", "L2", "L5", "L6", "L4", "L3", "L7"])
    #expect(context.notReporting.map(\.library.id.rawValue) == ["L7"])
    #expect(context.districtStatistics.map(\.district) == ["Ngawi", "Paron", "../../etc"])
    #expect(context.subtitle == "Kabupaten Ngawi · Periode Oktober 2026")
  }

  /// Issue 13: the lookup order is worked out once per context, not by every sheet.
  @Test("scores by district: the directory's district order, then by name ignoring case")
  func scoresByDistrict() {
    #expect(
      ReportFixture.context().scoresByDistrict.map(\.library.id.rawValue) == [
        "L1", "L2", "L3", "L4", "L7", "L5", "L6",
      ])
    #expect(
      ReportFixture.context(district: 1).scoresByDistrict.map(\.library.id.rawValue) == [
        "L4", "L7", "L5",
      ])
  }

  @Test("a district context holds the district's libraries and the regency for comparison")
  func districtScope() {
    let context = ReportFixture.context(language: .english, district: 1)
    #expect(context.scores.map(\.library.id.rawValue) == ["L5", "L4", "L7"])
    #expect(context.scopeStatistics?.district == "Paron")
    #expect(context.regencyStatistics?.district == nil)
    #expect(context.regencyStatistics?.regency == "Ngawi")
    #expect(context.subtitle == "Paron District, Ngawi Regency · Period October 2026")
  }
}

import Testing

@testable import PustakaCore

/// Three libraries over the 12 months to 2026-10, scored on two indicators.
///
/// Open days a month score at 8 / 12 / 16 / 20 and visitors per open day at 5 / 10 / 20 / 30,
/// so KPI = points / 8 x 100.
///
/// - `L-S` (steady) opens 20 days with 600 visitors every month but October, when it opens
///   10 days with 100 visitors. A month: 4 + 4 points, KPI 100; October: 1 + 2, KPI 37.5.
///   Over 12 months: 230 open days / 12 = 19.17 a month (3 points) and 6,700 visitors / 230
///   days = 29.13 a day (3 points): KPI 75.
/// - `L-B` (burst) reports only in October: 20 days, 600 visitors, KPI 100. Over 12 months:
///   20 / 12 = 1.67 open days a month (0 points), 30 a day (4 points): KPI 50.
/// - `L-M` (middle) opens 12 days with 240 visitors every month: 2 + 3 points, KPI 62.5, the
///   same over 12 months.
enum TwelveMonthCase {
  static let rubric = Rubric(
    name: "two indicators", indicators: [.init(key: .openDays), .init(key: .visitorsPerDay)])

  static var fixture: ScoringFixture {
    var fixture = ScoringFixture()
    fixture.library("L-S", name: "Perpustakaan Tekun")
    fixture.library("L-B", name: "Perpustakaan Kilat")
    fixture.library("L-M", name: "Perpustakaan Sedang")
    var month = ScoringFixture.month("2025-11")
    for _ in 0..<12 {
      let text = month.description
      if text == "2026-10" {
        fixture.attendance("L-S", text, openDays: 10, visitors: 100)
        fixture.attendance("L-B", text, openDays: 20, visitors: 600)
      } else {
        fixture.attendance("L-S", text, openDays: 20, visitors: 600)
      }
      fixture.attendance("L-M", text, openDays: 12, visitors: 240)
      month = month.next
    }
    return fixture
  }

  static func report(awardBasis: AwardBasis = .twelveMonths) throws -> PeriodReport {
    PeriodReport(dataSet: fixture.dataSet, rubric: rubric, period: try Period(parsing: "2026-10"))
  }
}

@Suite struct TrailingYearTests {
  @Test("issue 11: the 12-month KPI of a hand-computed case") func twelveMonthKPI() throws {
    let report = try TwelveMonthCase.report()
    let october = report.scoreboard.reporting.map { ($0.library.id.rawValue, $0.kpi, $0.rank) }
    #expect(october.map(\.0) == ["L-B", "L-M", "L-S"])
    #expect(october.map(\.1) == [100, 62.5, 37.5])
    let year = try #require(report.trailingYear)
    #expect(year.period.description == "2025-11..2026-10")
    #expect(!year.isShortened)
    let scores = year.scoreboard.reporting
    #expect(scores.map(\.library.id.rawValue) == ["L-S", "L-M", "L-B"])
    #expect(scores.map(\.kpi) == [75, 62.5, 50])
    #expect(scores.map(\.rank) == [1, 2, 3])
    #expect(scores.map { $0.grade?.grade } == ["B", "B", "C"])
    let steady = try #require(year.scoreboard.score("L-S"))
    #expect(steady.indicator(.openDays)?.measurement.value == 19.1667)
    #expect(steady.indicator(.visitorsPerDay)?.measurement.value == 29.1304)
  }

  @Test("issue 11: months ranked first and in the top 10 over the last 12") func monthlyRanks()
    throws
  {
    let year = try #require(try TwelveMonthCase.report().trailingYear)
    // Data-set positions: L-S 0, L-B 1, L-M 2.
    #expect((0..<3).map { year.monthly.monthsRanked(within: 1, libraryAt: $0) } == [11, 1, 0])
    #expect((0..<3).map { year.monthsInTopTen(libraryAt: $0) } == [12, 1, 12])
  }

  @Test("issue 11: the award list on the 12-month basis, and on the period's")
  func awardList() throws {
    let report = try TwelveMonthCase.report()
    let yearly = AwardList(report, basis: .twelveMonths, rankedByDistrict: false) { _ in true }
    #expect(yearly.period.description == "2025-11..2026-10")
    #expect(yearly.entries.map(\.score.library.id.rawValue) == ["L-S", "L-M", "L-B"])
    #expect(yearly.entries.map(\.score.kpi) == [75, 62.5, 50])
    #expect(yearly.entries.map(\.rank) == [1, 2, 3])
    #expect(yearly.entries.map(\.monthsInTopTen) == [12, 12, 1])
    let monthly = AwardList(report, basis: .period, rankedByDistrict: false) { _ in true }
    #expect(monthly.period.description == "2026-10")
    #expect(monthly.entries.map(\.score.library.id.rawValue) == ["L-B", "L-M", "L-S"])
    let inScope = AwardList(report, basis: .twelveMonths, rankedByDistrict: false) {
      $0.id != "L-S"
    }
    #expect(inScope.entries.map(\.rank) == [2, 3])
  }

  @Test("issue 11: the 12-month KPI covers fewer months where the data is shorter")
  func shortened() throws {
    var fixture = ScoringFixture()
    fixture.library("L-1")
    fixture.attendance("L-1", "2026-09", openDays: 20, visitors: 600)
    fixture.attendance("L-1", "2026-10", openDays: 10, visitors: 100)
    let report = PeriodReport(
      dataSet: fixture.dataSet, rubric: TwelveMonthCase.rubric,
      period: try Period(parsing: "2026-10"))
    let year = try #require(report.trailingYear)
    #expect(year.period.description == "2026-09..2026-10")
    #expect(year.isShortened)
    // 30 open days / 2 months = 15 (2 points); 700 / 30 = 23.33 a day (3 points).
    #expect(year.scoreboard.score("L-1")?.kpi == 62.5)
  }

  @Test("issue 11: the mean KPI per month of the regency") func monthlyMean() throws {
    let report = try TwelveMonthCase.report()
    let regency = try #require(report.statistics.regencies.first)
    #expect(regency.monthlyKPI.count == 12)
    // Nov .. Sep: (100 + 62.5) / 2; October: (37.5 + 100 + 62.5) / 3.
    #expect(regency.monthlyKPI.first?.mean == 81.25)
    #expect(regency.monthlyKPI.last?.mean == 200.0 / 3)
    #expect(regency.monthlyKPI.last?.count == 3)
  }
}

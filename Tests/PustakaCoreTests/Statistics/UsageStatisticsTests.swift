import Testing

@testable import PustakaCore

@Suite struct UsageStatisticsTests {
  /// Two libraries of district Ngawi in October 2026 (m = 1).
  ///
  /// L1 (4,000 people): 20 open days, 300 visitors of whom 6 children a day (120), 150 loans,
  /// 10 new members; 1,000 copies and 600 titles; 10 copies acquired, 4 weeded; budget
  /// collection 1,000,000 allocated / 900,000 spent (dana desa), operations 1,000,000 /
  /// 1,100,000 (APBD), and in January collection 500,000 / 0; operations: 1 paid, 3
  /// volunteers, 30 volunteer hours, 2 trained, 200 members; two talks of 20 participants.
  /// Earlier: 200 visitors in September 2026, 150 in October 2025.
  /// L2 (6,000 people): 10 open days, 100 visitors, 50 loans, nothing else.
  static var fixture: ScoringFixture {
    var fixture = ScoringFixture()
    fixture.library("L1", population: 4000)
    fixture.library("L2", population: 6000)
    fixture.attendance("L1", "2026-10", openDays: 20, visitors: 300, loans: 150, newMembers: 10)
    for row in fixture.attendance.indices { fixture.attendance[row].childVisitors = 6 }
    fixture.attendance("L1", "2026-09", openDays: 10, visitors: 200)
    fixture.attendance("L1", "2025-10", openDays: 10, visitors: 150)
    fixture.attendance("L2", "2026-10", openDays: 10, visitors: 100, loans: 50)
    fixture.stock("L1", "2026-10", titles: 600, copies: 1000, acquired: 10, weeded: 4)
    fixture.money("L1", "2026-10", .collection, allocated: 1_000_000, spent: 900_000)
    fixture.money(
      "L1", "2026-10", .operations, source: .apbd, allocated: 1_000_000, spent: 1_100_000)
    fixture.money("L1", "2026-01", .collection, allocated: 500_000, spent: 0)
    fixture.operations(
      "L1", "2026-10", trained: 2, members: 200, volunteerHours: 30, paidStaff: 1, volunteers: 3)
    fixture.event("L1", "2026-10", .talk, participants: 20)
    fixture.event("L1", "2026-10", day: 20, .talk, participants: 20)
    return fixture
  }

  func statistics() throws -> UsageStatistics {
    try PeriodReport(dataSet: Self.fixture.dataSet, period: Period(parsing: "2026-10")).statistics
  }

  @Test("a library's budget, collection, service and people figures") func library() throws {
    let figures = try #require(statistics().libraries.first).figures
    // Spent 2,000,000 of 2,000,000 in October: 100 %; January to October 2,000,000 of
    // 2,500,000: 80 %.
    #expect(figures.absorption == 100)
    #expect(figures.absorptionYearToDate == 80)
    // Collection: 900,000 / 1,000,000 = 90 %; year to date 900,000 / 1,500,000 = 60 %.
    #expect(figures.absorption(.collection) == 90)
    #expect(figures.absorption(.collection, yearToDate: true) == 60)
    #expect(figures.absorption(.apbd) == 110)
    #expect(figures.absorption(.csr) == nil)
    #expect(figures.budget.spent(.danaDesa) == Rupiah(900_000))
    // 2,000,000 / 300 visits = 6,666.67; / 150 loans = 13,333.33; / 4,000 people = 500.
    #expect(figures.costPerVisit.map(DecimalRounding.scoringValue) == 6_666.6667)
    #expect(figures.costPerLoan.map(DecimalRounding.scoringValue) == 13_333.3333)
    #expect(figures.spendPerCapita == 500)
    // 1,000 / 4,000 = 0.25 copies and 0.15 titles per person; 150 / 1,000 x 12 = 1.8.
    #expect(figures.copiesPerCapita == 0.25)
    #expect(figures.titlesPerCapita == 0.15)
    #expect(figures.turnover == 1.8)
    #expect(figures.flows.acquired == 10 && figures.flows.weeded == 4)
    // 300 / 20 = 15 visitors and 7.5 loans per open day; 75 visits and 37.5 loans per 1,000.
    #expect(figures.visitorsPerOpenDay == 15)
    #expect(figures.loansPerOpenDay == 7.5)
    #expect(figures.visitorsPer1000 == 75)
    #expect(figures.loansPer1000 == 37.5)
    // 120 children of 300 visitors: 40 %.
    #expect(figures.childrenShare == 40)
    // 30 hours / 300 visits = 0.1; 200 / 4,000 x 100 = 5 members per 100; 10 new members.
    #expect(figures.volunteerHoursPerVisit == 0.1)
    #expect(figures.membersPer100 == 5)
    #expect(figures.newMembers == 10)
    #expect(figures.paidStaff == 1 && figures.volunteers == 3 && figures.trainedStaff == 2)
    #expect(figures.activities.count(.talk) == 2 && figures.activities.participants == 40)
  }

  @Test("a district's ratios are ratios of its sums") func district() throws {
    let statistics = try statistics()
    let ngawi = try #require(statistics.districts.first)
    #expect(statistics.districts.count == 1 && statistics.regencies.count == 1)
    #expect(ngawi.figures.libraries == 2 && ngawi.figures.reporting == 2)
    #expect(ngawi.figures.population == 10_000)
    // 400 visitors / 30 open days = 13.3333; 400 / 10,000 x 1,000 = 40 visits per 1,000.
    #expect(ngawi.figures.visitorsPerOpenDay.map(DecimalRounding.scoringValue) == 13.3333)
    #expect(ngawi.figures.visitorsPer1000 == 40)
    // 2,000,000 / 400 = 5,000 per visit; 200 per person; 1,000 / 10,000 = 0.1 copies.
    #expect(ngawi.figures.costPerVisit == 5000)
    #expect(ngawi.figures.spendPerCapita == 200)
    #expect(ngawi.figures.copiesPerCapita == 0.1)
    // Children are counted only where rows give them: 120 of L1's 300.
    #expect(ngawi.figures.childrenShare == 40)
  }

  @Test("12-month series with month-over-month and year-over-year changes") func series() throws {
    let library = try #require(statistics().libraries.first)
    let months = library.series.months
    #expect(months.count == 12)
    #expect(months.first?.month.description == "2025-11")
    #expect(months.last?.month.description == "2026-10")
    #expect(months.suffix(2).map(\.visitors) == [200, 300])
    // October against September: (300 - 200) / 200 x 100 = 50 %.
    #expect(library.series.monthOverMonth { Double($0.visitors) }.last == 50)
    // October 2026 against October 2025: (300 - 150) / 150 x 100 = 100 %.
    #expect(library.series.yearOverYear { Double($0.visitors) }.last == 100)
    // September 2025 had nothing: no change can be given.
    #expect(library.series.yearOverYear { Double($0.visitors) }[10] == nil)
  }

  @Test("district KPI mean, minimum and maximum over reporting libraries") func kpiSummary() throws
  {
    let report = PeriodReport(
      dataSet: ThreeLibraries.fixture.dataSet, period: try Period(parsing: "2026-10"))
    let ngawi = try #require(report.statistics.districts.first)
    // A 81.25, B 80, C 47.5; N does not report: mean 208.75 / 3 = 69.5833.
    #expect(ngawi.kpi.count == 3)
    #expect(ngawi.kpi.mean.map(DecimalRounding.scoringValue) == 69.5833)
    #expect(ngawi.kpi.minimum == 47.5)
    #expect(ngawi.kpi.maximum == 81.25)
  }

  @Test("the monthly mean KPI covers the 12 months ending with the period") func monthlyKPI() throws
  {
    let report = PeriodReport(
      dataSet: ThreeLibraries.fixture.dataSet, period: try Period(parsing: "2026-10"))
    let regency = try #require(report.statistics.regencies.first)
    #expect(regency.monthlyKPI.count == 12)
    #expect(regency.monthlyKPI.last?.count == 8)
    // September: only N reports (3 open days, 10 visitors): 0 points.
    #expect(regency.monthlyKPI[10].count == 1 && regency.monthlyKPI[10].mean == 0)
    #expect(regency.monthlyKPI[0].count == 0 && regency.monthlyKPI[0].mean == nil)
  }
}

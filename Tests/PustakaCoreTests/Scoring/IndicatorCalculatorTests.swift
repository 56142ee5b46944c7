import Testing

@testable import PustakaCore

@Suite struct IndicatorCalculatorTests {
  /// The score of the first library of `fixture` for `period`.
  func score(_ fixture: ScoringFixture, _ period: String) throws -> LibraryScore {
    let scorer = KPIScorer(dataSet: fixture.dataSet)
    return scorer.score(libraryAt: 0, for: try Period(parsing: period))
  }

  func measurement(_ score: LibraryScore, _ key: IndicatorKey) throws -> IndicatorMeasurement {
    try #require(score.indicator(key)).measurement
  }

  @Test("snapshots come from the last month, else carried forward within 12 months")
  func carriedForward() throws {
    var fixture = ScoringFixture()
    fixture.library("L1", population: 4000)
    fixture.stock("L1", "2026-08", .fiction, titles: 500, copies: 700)
    fixture.stock("L1", "2026-08", .children, titles: 300, copies: 300)
    fixture.operations("L1", "2026-09", trained: 2, members: 100)
    fixture.operations("L1", "2026-10", trained: nil, members: nil)
    for month in ["2026-09", "2026-10", "2027-07", "2027-08"] {
      fixture.attendance("L1", month, openDays: 1, visitors: 10)
    }

    // October: titles 500 + 300 = 800 from August, carried forward; copies 1000 / 4000 = 0.25.
    let october = try score(fixture, "2026-10")
    let titles = try measurement(october, .titles)
    #expect(titles.value == 800)
    #expect(titles.isCarriedForward)
    #expect(titles.snapshotMonth == ScoringFixture.month("2026-08"))
    #expect(try measurement(october, .copiesPerCapita).value == 0.25)
    #expect(october.carriedForwardIndicators.map(\.key) == [.titles, .copiesPerCapita, .turnover])
    // The October operations row leaves trained_staff empty: missing, no fall-back to
    // September.
    let trained = try measurement(october, .trainedStaff)
    #expect(trained.missingReason == .valueNotGiven(column: "trained_staff"))
    #expect(!trained.isCarriedForward)
    #expect(try #require(october.indicator(.trainedStaff)).points == 0)

    // September: trained 2 (4 points) and 100 / 4000 x 100 = 2.5 members per 100 (1 point).
    let september = try score(fixture, "2026-09")
    #expect(try #require(september.indicator(.trainedStaff)).points == 4)
    #expect(try measurement(september, .membersPer100).value == 2.5)

    // July 2027: the window August 2026 .. July 2027 still holds August's stock.
    #expect(try measurement(score(fixture, "2027-07"), .titles).value == 800)
    // August 2027: August 2026 is 12 months back, outside the window.
    let late = try score(fixture, "2027-08")
    #expect(try measurement(late, .titles).missingReason == .noSnapshot(.collection))
    // Its operations snapshot is October 2026's row (carried forward), whose value is empty.
    let lateTrained = try measurement(late, .trainedStaff)
    #expect(lateTrained.missingReason == .valueNotGiven(column: "trained_staff"))
    #expect(lateTrained.isCarriedForward)
  }

  @Test("a collection snapshot is one month's rows, without carry-forward per category")
  func snapshotPerMonth() throws {
    var fixture = ScoringFixture()
    fixture.library("L1")
    fixture.stock("L1", "2026-09", .fiction, titles: 500, copies: 700)
    fixture.stock("L1", "2026-09", .children, titles: 300, copies: 300)
    fixture.stock("L1", "2026-10", .fiction, titles: 520, copies: 720)
    fixture.attendance("L1", "2026-10", openDays: 1, visitors: 10)
    let october = try score(fixture, "2026-10")
    #expect(try measurement(october, .titles).value == 520)
    #expect(try !measurement(october, .titles).isCarriedForward)
  }

  @Test("a quarter sums its three months and divides by m = 3") func quarter() throws {
    var fixture = ScoringFixture()
    fixture.library("L1", population: 4000)
    fixture.attendance("L1", "2026-10", openDays: 20, visitors: 400, loans: 60)
    fixture.attendance("L1", "2026-11", openDays: 16, visitors: 300, loans: 40)
    fixture.attendance("L1", "2026-12", openDays: 0, visitors: 0, closedDays: 2)
    fixture.attendance.append(
      AttendanceDay(
        libraryID: "L1", date: ScoringFixture.date(ScoringFixture.month("2026-12"), 20),
        visitors: 5, isOpen: false))
    fixture.stock("L1", "2026-10", titles: 600, copies: 1200, acquired: 6)
    fixture.stock("L1", "2026-11", titles: 600, copies: 1200, acquired: 6)
    fixture.stock("L1", "2026-12", titles: 600, copies: 1200, acquired: 12)
    fixture.event("L1", "2026-10", .skillsTraining, participants: 30)
    fixture.event("L1", "2026-12", .literacyTraining, participants: 30)
    fixture.event("L1", "2026-12", .talk, participants: 30)

    let q4 = try score(fixture, "2026-Q4")
    // (20 + 16) open days / 3 = 12 -> 2 points.
    #expect(try measurement(q4, .openDays).value == 12)
    // (400 + 300 + 5 on a closed day) / 36 open days = 19.5833 -> 2 points.
    #expect(try measurement(q4, .visitorsPerDay).value == 19.5833)
    // 705 / 4000 x 1000 / 3 = 58.75 -> 2 points.
    #expect(try measurement(q4, .visitsPer1000).value == 58.75)
    // (6 + 6 + 12) / 4000 x 1000 / 3 = 2 -> 3 points; growth 24 / 1200 x 100 x 12 / 3 = 8.
    #expect(try measurement(q4, .acquisitionsPer1000).value == 2)
    #expect(try measurement(q4, .collectionGrowthPercent).value == 8)
    // turnover 100 loans / 1200 copies x 12 / 3 = 0.3333 -> 2 points.
    #expect(try measurement(q4, .turnover).value == 0.3333)
    // 3 activities / 3 = 1; training participants (30 + 30) / 3 = 20 -> 3 points.
    #expect(try measurement(q4, .activities).value == 1)
    #expect(try measurement(q4, .skillsParticipants).value == 20)
    #expect(try #require(q4.indicator(.skillsParticipants)).points == 3)

    let year = try score(fixture, "2026")
    // A year: 36 open days / 12 = 3 -> 0 points; 705 / 4000 x 1000 / 12 = 14.6875 -> 0 points.
    #expect(try measurement(year, .openDays).value == 3)
    #expect(try measurement(year, .visitsPer1000).value == 14.6875)
    #expect(try #require(year.indicator(.visitsPer1000)).points == 0)
  }

  @Test("budget absorption runs from January; spending share and cost only over the period")
  func yearToDateAbsorption() throws {
    var fixture = ScoringFixture()
    fixture.library("L1", population: 4000)
    for month in 1...9 {
      fixture.money(
        "L1", "2026-0\(month)", .collection, allocated: 1_000_000, spent: 1_000_000)
    }
    fixture.money("L1", "2026-10", .operations, allocated: 1_000_000, spent: 2_000_000)
    fixture.attendance("L1", "2026-10", openDays: 20, visitors: 100)
    let october = try score(fixture, "2026-10")
    // January to October: 11,000,000 / 10,000,000 x 100 = 110 -> band [105, 115) = 3 points
    // (October alone would be 200).
    #expect(try measurement(october, .budgetAbsorption).value == 110)
    #expect(try #require(october.indicator(.budgetAbsorption)).points == 3)
    // October only: nothing on the collection: 0 / 2,000,000 = 0 -> 0 points, not missing.
    #expect(try measurement(october, .collectionSpendShare).value == 0)
    // October only: 2,000,000 / 100 = 20,000 -> 2 points.
    #expect(try measurement(october, .costPerVisit).value == 20_000)
    #expect(try #require(october.indicator(.costPerVisit)).points == 2)
  }

  @Test(
    "budget absorption at 95, 105 and 115 percent",
    arguments: [
      (Int64(9_500_000), Int64(10_000_000), 95.0, 4),
      (10_500_000, 10_000_000, 105, 3),
      (11_500_000, 10_000_000, 115, 1),
      // 20,999,990 / 20,000,000 x 100 = 104.99995 -> 105.0000 after rounding: 3, not 4.
      (20_999_990, 20_000_000, 105, 3),
      (6_999, 20_000, 34.995, 0),
    ])
  func absorption(spent: Int64, allocated: Int64, value: Double, points: Int) throws {
    var fixture = ScoringFixture()
    fixture.library("L1")
    fixture.money("L1", "2026-10", allocated: allocated, spent: spent)
    fixture.attendance("L1", "2026-10", openDays: 1, visitors: 1)
    let october = try score(fixture, "2026-10")
    #expect(try measurement(october, .budgetAbsorption).value == value)
    #expect(try #require(october.indicator(.budgetAbsorption)).points == points)
  }

  @Test("cost per visit: spending 0 scores 4, no budget row or no visitors is missing")
  func costPerVisit() throws {
    var fixture = ScoringFixture()
    fixture.library("L1")
    fixture.library("L2")
    fixture.library("L3")
    fixture.money("L1", "2026-10", allocated: 500_000, spent: 0)
    fixture.attendance("L1", "2026-10", openDays: 2, visitors: 30)
    fixture.attendance("L2", "2026-10", openDays: 2, visitors: 30)
    fixture.money("L3", "2026-10", allocated: 500_000, spent: 100_000)
    fixture.attendance("L3", "2026-10", openDays: 0, visitors: 0, closedDays: 3)
    let board = KPIScorer(dataSet: fixture.dataSet).scoreboard(for: try Period(parsing: "2026-10"))
    let spentNothing = try #require(board.score("L1")?.indicator(.costPerVisit))
    #expect(spentNothing.measurement.value == 0)
    #expect(spentNothing.points == 4)
    // Spent 0 of 500,000: collection share has a zero denominator.
    #expect(
      try #require(board.score("L1")?.indicator(.collectionSpendShare)).measurement.missingReason
        == .zeroDenominator("nothing spent"))
    let noBudget = try #require(board.score("L2")?.indicator(.costPerVisit))
    #expect(noBudget.measurement.missingReason == .noRowsInPeriod(.budget))
    #expect(noBudget.points == 0)
    // L3 reports (closed-day rows) but has no visitors and no open days.
    let closed = try #require(board.score("L3"))
    #expect(closed.isReporting)
    #expect(try measurement(closed, .costPerVisit).missingReason == .zeroDenominator("no visitors"))
    #expect(
      try measurement(closed, .visitorsPerDay).missingReason == .zeroDenominator("no open days"))
    #expect(
      try measurement(closed, .loansPerVisit).missingReason == .zeroDenominator("no visitors"))
    #expect(try measurement(closed, .openDays).value == 0)
  }

  @Test("zero snapshot copies: turnover and growth missing, copies per capita 0")
  func zeroCopies() throws {
    var fixture = ScoringFixture()
    fixture.library("L1")
    fixture.stock("L1", "2026-10", titles: 0, copies: 0, acquired: 0)
    fixture.attendance("L1", "2026-10", openDays: 1, visitors: 5, loans: 2)
    let october = try score(fixture, "2026-10")
    #expect(try measurement(october, .turnover).missingReason == .zeroDenominator("zero copies"))
    #expect(
      try measurement(october, .collectionGrowthPercent).missingReason
        == .zeroDenominator("zero copies"))
    #expect(try measurement(october, .copiesPerCapita).value == 0)
    #expect(try measurement(october, .titles).value == 0)
  }

  @Test("missing inputs score 0 and say why") func missingInputs() throws {
    var fixture = ScoringFixture()
    fixture.library("L1", floor: nil)
    fixture.attendance("L1", "2026-10", openDays: 1, visitors: 5)
    fixture.stock("L1", "2026-09", titles: 10, copies: 10)
    // No activities file at all; the operations file is header-only (provided, empty).
    fixture.providedTables.remove(.activities)
    let october = try score(fixture, "2026-10")
    let expected: [(IndicatorKey, MissingReason)] = [
      (.acquisitionsPer1000, .noRowsInPeriod(.collection)),
      (.collectionGrowthPercent, .noRowsInPeriod(.collection)),
      (.floorArea, .valueNotGiven(column: "floor_area_m2")),
      (.budgetAbsorption, .noRowsInYearToDate(.budget)),
      (.collectionSpendShare, .noRowsInPeriod(.budget)),
      (.costPerVisit, .noRowsInPeriod(.budget)),
      (.trainedStaff, .noSnapshot(.operations)),
      (.volunteerHours, .noRowsInPeriod(.operations)),
      (.activities, .tableNotProvided(.activities)),
      (.participantsPer1000, .tableNotProvided(.activities)),
      (.membersPer100, .noSnapshot(.operations)),
      (.partners, .tableNotProvided(.activities)),
      (.skillsParticipants, .tableNotProvided(.activities)),
    ]
    #expect(october.missingIndicators.map(\.key) == expected.map(\.0))
    for (key, reason) in expected {
      let indicator = try #require(october.indicator(key))
      #expect(indicator.measurement.missingReason == reason, "\(key)")
      #expect(indicator.points == 0)
    }
    #expect(MissingReason.noRowsInPeriod(.budget).description == "no budget row in the period")
    #expect(
      MissingReason.tableNotProvided(.activities).text.indonesian
        == "tabel kegiatan tidak tersedia")
  }

  @Test("an activities table without rows gives 0 activities, not missing") func noEvents() throws {
    var fixture = ScoringFixture()
    fixture.library("L1")
    fixture.attendance("L1", "2026-10", openDays: 1, visitors: 5)
    let october = try score(fixture, "2026-10")
    #expect(try measurement(october, .activities).value == 0)
    #expect(try measurement(october, .participantsPer1000).value == 0)
    #expect(try measurement(october, .partners).value == 0)
  }

  @Test("partners are distinct trimmed, case-folded names over 12 months") func partners() throws {
    var fixture = ScoringFixture()
    fixture.library("L1")
    fixture.attendance("L1", "2026-10", openDays: 1, visitors: 5)
    fixture.event("L1", "2025-10", participants: 5, partner: "Posyandu")  // 13 months back
    fixture.event("L1", "2025-11", participants: 5, partner: "PKK")
    fixture.event("L1", "2026-10", participants: 5, partner: " pkk ")
    fixture.event("L1", "2026-10", participants: 5, partner: "Karang  Taruna")
    fixture.event("L1", "2026-10", participants: 5, partner: "karang taruna")
    fixture.event("L1", "2026-10", participants: 5, partner: "  ")
    fixture.event("L1", "2026-10", participants: 5)
    let october = try score(fixture, "2026-10")
    // pkk and karang taruna: 2 partners -> 2 points.
    #expect(try measurement(october, .partners).value == 2)
    #expect(try #require(october.indicator(.partners)).points == 2)
    // Activities count only October: 5 events.
    #expect(try measurement(october, .activities).value == 5)
  }
}

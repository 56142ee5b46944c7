import Testing

@testable import PustakaCore

/// Hand-computed libraries for October 2026 (m = 1), population 4,000 each.
///
/// Library A earns 65 points (KPI 65 x 100 / 80 = 81.25), B 64 (80), C 38 (47.5).
enum ThreeLibraries {
  /// Library A and its variants, all in October 2026.
  ///
  /// development: titles 1000 -> 4; copies 2000 / 4000 = 0.5 -> 4; acquisitions
  /// 16 / 4000 x 1000 / 1 = 4 -> 4; growth (16 - 0) / 2000 x 100 x 12 = 9.6 -> 3; floor 36 -> 2
  /// (17). service: 20 open days -> 4; 600 / 20 = 30 visitors a day -> 4; 600 / 4000 x 1000 =
  /// 150 visits per 1000 -> 4; 300 / 600 = 0.5 loans a visit -> 4; turnover 300 / 2000 x 12 =
  /// 1.8 -> 4 (20). resources: absorption 4,000,000 / 4,000,000 x 100 = 100 -> 4; collection
  /// share 2,000,000 / 4,000,000 x 100 = 50 -> 4; cost 4,000,000 / 600 = 6,666.67 -> 4; trained
  /// 2 -> 4; volunteer hours 50 -> 4 (20). community: 2 activities -> 2; 30 / 4000 x 1000 = 7.5
  /// participants per 1000 -> 2; members empty -> missing, 0; 1 partner -> 1; 30 training
  /// participants -> 3 (8). Total 65.
  static func addA(
    _ fixture: inout ScoringFixture, id: LibraryID, name: String, district: String = "Ngawi",
    floor: Double = 36, openDays: Int = 20, partners: [String?] = ["PKK", nil]
  ) {
    fixture.library(id, name: name, district: district, floor: floor)
    fixture.stock(id, "2026-10", titles: 1000, copies: 2000, acquired: 16)
    fixture.attendance(id, "2026-10", openDays: openDays, visitors: 600, loans: 300)
    fixture.money(id, "2026-10", .collection, allocated: 2_000_000, spent: 2_000_000)
    fixture.money(id, "2026-10", .operations, allocated: 2_000_000, spent: 2_000_000)
    fixture.operations(id, "2026-10", trained: 2, members: nil, volunteerHours: 50)
    fixture.event(id, "2026-10", .literacyTraining, participants: 15, partner: partners[0])
    fixture.event(id, "2026-10", .skillsTraining, participants: 15, partner: partners[1])
  }

  /// Library C: 38 points.
  ///
  /// development: titles 500 -> 2; 800 / 4000 = 0.2 -> 2; 8 / 4000 x 1000 = 2 -> 3;
  /// 8 / 800 x 100 x 12 = 12 -> 4; floor 20 -> 1 (12). service: 12 open days -> 2; 120 / 12 =
  /// 10 -> 2; 120 / 4000 x 1000 = 30 -> 1; 24 / 120 = 0.2 -> 2; 24 / 800 x 12 = 0.36 -> 2 (9).
  /// resources: 700,000 / 1,000,000 x 100 = 70 -> 2; share 100 -> 4; 700,000 / 120 = 5,833.33
  /// -> 4; trained 1 -> 2 (thresholds 1, 1, 2, 2); 5 volunteer hours -> 1 (13). community:
  /// 1 activity -> 1; 12 / 4000 x 1000 = 3 -> 1; 120 / 4000 x 100 = 3 members per 100 -> 2;
  /// no partner -> 0; no training -> 0 (4). Total 38.
  static func addC(_ fixture: inout ScoringFixture, id: LibraryID = "L-C") {
    fixture.library(id, name: "Perpustakaan Cerpin", floor: 20)
    fixture.stock(id, "2026-10", titles: 500, copies: 800, acquired: 8)
    fixture.attendance(id, "2026-10", openDays: 12, visitors: 120, loans: 24)
    fixture.money(id, "2026-10", .collection, allocated: 1_000_000, spent: 700_000)
    fixture.operations(id, "2026-10", trained: 1, members: 120, volunteerHours: 5)
    fixture.event(id, "2026-10", .talk, participants: 12)
  }

  /// A, B (A with floor 20: 64 points), C, the tied group and a non-reporting library.
  ///
  /// Tied at 64 points in district Paron: T3 (floor 20, 19 open days, 2 partners: service 19,
  /// community 9), T2 "Alpha" (19 open days: service 19, community 8), T5 "Beta", T0 "beta"
  /// and T4 "beta" (as T2).
  static var fixture: ScoringFixture {
    var fixture = ScoringFixture()
    addA(&fixture, id: "L-A", name: "Perpustakaan Cemerlang")
    addA(&fixture, id: "L-B", name: "Perpustakaan Bintang", floor: 20)
    addC(&fixture)
    addA(&fixture, id: "L-T2", name: "Alpha", district: "Paron", openDays: 19)
    addA(
      &fixture, id: "L-T3", name: "Omega", district: "Paron", floor: 20, openDays: 19,
      partners: ["PKK", "Karang Taruna"])
    addA(&fixture, id: "L-T4", name: "beta", district: "Paron", openDays: 19)
    addA(&fixture, id: "L-T5", name: "Beta", district: "Paron", openDays: 19)
    addA(&fixture, id: "L-T0", name: "beta", district: "Paron", openDays: 19)
    fixture.library("L-N", name: "Perpustakaan Sepi")
    fixture.attendance("L-N", "2026-09", openDays: 3, visitors: 10)
    return fixture
  }
}

@Suite struct KPIScorerTests {
  let october = Period.month(ScoringFixture.month("2026-10"))

  @Test("three libraries score 65, 64 and 38 points: KPI 81.25, 80 and 47.5")
  func threeLibraries() throws {
    let board = KPIScorer(dataSet: ThreeLibraries.fixture.dataSet).scoreboard(for: october)
    let a = try #require(board.score("L-A"))
    let b = try #require(board.score("L-B"))
    let c = try #require(board.score("L-C"))
    #expect(a.points == 65)
    #expect(a.kpi == 81.25)
    #expect(a.grade?.grade == "A")
    #expect(b.points == 64)
    #expect(b.kpi == 80)
    #expect(b.grade?.grade == "A")
    #expect(c.points == 38)
    #expect(c.kpi == 47.5)
    #expect(c.grade?.grade == "C")
    // A: development 17 x 100 / 20 = 85, service 100, resources 100, community 8 / 20 = 40.
    #expect(a.areas.map(\.score) == [85, 100, 100, 40])
    // C: 12, 9, 13 and 4 points of 20.
    #expect(c.areas.map(\.points) == [12, 9, 13, 4])
  }

  @Test("every indicator of library A has the hand-computed value and points")
  func indicatorsOfA() throws {
    let board = KPIScorer(dataSet: ThreeLibraries.fixture.dataSet).scoreboard(for: october)
    let a = try #require(board.score("L-A"))
    let expected: [(IndicatorKey, Double?, Int)] = [
      (.titles, 1000, 4), (.copiesPerCapita, 0.5, 4), (.acquisitionsPer1000, 4, 4),
      (.collectionGrowthPercent, 9.6, 3), (.floorArea, 36, 2), (.openDays, 20, 4),
      (.visitorsPerDay, 30, 4), (.visitsPer1000, 150, 4), (.loansPerVisit, 0.5, 4),
      (.turnover, 1.8, 4), (.budgetAbsorption, 100, 4), (.collectionSpendShare, 50, 4),
      (.costPerVisit, 6666.6667, 4), (.trainedStaff, 2, 4), (.volunteerHours, 50, 4),
      (.activities, 2, 2), (.participantsPer1000, 7.5, 2), (.membersPer100, nil, 0),
      (.partners, 1, 1), (.skillsParticipants, 30, 3),
    ]
    #expect(a.indicators.map(\.key) == IndicatorKey.allCases)
    for (key, value, points) in expected {
      let score = try #require(a.indicator(key))
      #expect(score.measurement.value == value, "\(key)")
      #expect(score.points == points, "\(key)")
    }
    let members = try #require(a.indicator(.membersPer100))
    #expect(members.measurement.missingReason == .valueNotGiven(column: "registered_members"))
    #expect(a.missingIndicators.map(\.key) == [.membersPer100])
  }

  @Test("ties share a rank and list by service, community, name and id")
  func tiesAndTieOrder() throws {
    let board = KPIScorer(dataSet: ThreeLibraries.fixture.dataSet).scoreboard(for: october)
    // 65 points, then six libraries at 64 (rank 2, next rank skipped to 8), then C at 38.
    #expect(
      board.libraries.map(\.library.id) == [
        "L-A", "L-B", "L-T3", "L-T2", "L-T5", "L-T0", "L-T4", "L-C", "L-N",
      ])
    #expect(board.libraries.map(\.rank) == [1, 2, 2, 2, 2, 2, 2, 8, nil])
    // Ngawi: A 1, B 2, C 3; Paron: all five tied at 1.
    #expect(board.libraries.map(\.rankInDistrict) == [1, 2, 1, 1, 1, 1, 1, 3, nil])
  }

  @Test("a library without attendance in the period is listed as not reporting, unscored")
  func nonReporting() throws {
    let board = KPIScorer(dataSet: ThreeLibraries.fixture.dataSet).scoreboard(for: october)
    let quiet = try #require(board.score("L-N"))
    #expect(!quiet.isReporting)
    #expect(quiet.kpi == nil && quiet.grade == nil && quiet.rank == nil)
    #expect(quiet.indicators.isEmpty)
    #expect(board.reporting.count == 8)
    #expect(board.notReporting.map(\.library.id) == ["L-N"])
  }

  @Test("recommendations: most KPI gained first, then the nearest target")
  func recommendations() throws {
    let board = KPIScorer(dataSet: ThreeLibraries.fixture.dataSet).scoreboard(for: october)
    let c = try #require(board.score("L-C"))
    // trained_staff 1 -> 2 gives 4 points (+2, KPI +2.5); then +1 each, nearest relative gap:
    // absorption 70 -> 85 (15 / 85 = 0.18), open days 12 -> 16 (4 / 16 = 0.25).
    #expect(c.recommendations.map(\.key) == [.trainedStaff, .budgetAbsorption, .openDays])
    #expect(c.recommendations.map(\.kpiGain) == [2.5, 1.25, 1.25])
    let titles = try #require(c.indicator(.titles)?.nextPoint)
    #expect(titles.target == 750 && titles.gap == 250 && titles.pointsGained == 1)
  }

  @Test("changes against the previous month: KPI difference and ranks moved")
  func changes() throws {
    var fixture = ThreeLibraries.fixture
    // September: C reports with the same figures as in October but nothing else (its KPI
    // there: only the indicators of September rows), N reports too, A does not.
    fixture.attendance("L-C", "2026-09", openDays: 12, visitors: 120, loans: 24)
    fixture.attendance("L-B", "2026-09", openDays: 1, visitors: 1)
    let board = KPIScorer(dataSet: fixture.dataSet).scoreboard(for: october)
    #expect(board.previousPeriodHasData)
    let a = try #require(board.score("L-A"))
    #expect(a.change == nil)
    let b = try #require(board.score("L-B"))
    let c = try #require(board.score("L-C"))
    let previousB = try #require(b.change)
    let previousC = try #require(c.change)
    // September (snapshots carried forward from nothing earlier: none exist before October).
    // B: 1 open day -> 0; 1 visitor a day -> 0; 1 / 4000 x 1000 = 0.25 -> 0; 0 loans -> 0;
    // no snapshot -> missing; floor 20 -> 1; no budget, operations or collection rows;
    // activities 0 -> 0 ... only floor: 1 point, KPI 1.25.
    #expect(previousB.previousKPI == 1.25)
    // C: floor 20 -> 1; 12 open days -> 2; 10 a day -> 2; 30 per 1000 -> 1; 0.2 loans -> 2:
    // 8 points, KPI 10; N: 3 open days -> 0, 10 / 3 = 3.33 a day -> 0, 2.5 per 1000 -> 0: 0.
    #expect(previousC.previousKPI == 10)
    #expect(previousC.previousRank == 1 && previousB.previousRank == 2)
    #expect(previousC.rankChange == 1 - 8)
    #expect(previousB.rankChange == 2 - 2)
    #expect(previousC.kpiChange == 47.5 - 10)
  }
}

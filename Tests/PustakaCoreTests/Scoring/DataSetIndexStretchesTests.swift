import Testing

@testable import PustakaCore

/// Issue 13: the data set's tables are summed in stretches of rows on all cores; the index
/// must be the same as one pass over the rows, fractional sums included.
@Suite struct DataSetIndexStretchesTests {
  /// Three libraries whose rows come in runs broken up and resumed, with a row of an unknown
  /// library inside a run, fractional hours and rupiah, and a repeated operations month.
  static var fixture: ScoringFixture {
    var data = ScoringFixture()
    for id in ["L1", "L2", "L3"] { data.library(LibraryID(id)) }
    data.attendance("L1", "2026-09", openDays: 5, visitors: 52, loans: 9)
    data.attendance("L2", "2026-10", openDays: 3, visitors: 20, closedDays: 1)
    data.attendance("L1", "2026-09", openDays: 2, visitors: 7, childVisitors: 3)
    data.attendance("L3", "2026-10", openDays: 2, visitors: 4)
    data.attendance("LX", "2026-10", openDays: 1, visitors: 99)
    data.attendance("L3", "2026-10", openDays: 3, visitors: 6, newMembers: 2)
    data.attendance("L1", "2026-10", openDays: 4, visitors: 30)
    // In stretches of 2 rows, the first stretch ends inside L1's run of October events:
    // summed as 0.1 + (0.2 + 0.7) the hours would be 0.9999999999999999, not 1.0.
    data.event("L2", "2026-09", participants: 4, partner: "karang  taruna")
    for (hours, partner) in [(0.1, "Karang Taruna"), (0.2, nil), (0.7, "PKK Desa")] {
      data.event("L1", "2026-10", participants: 10, partner: partner)
      data.activities[data.activities.count - 1].hours = hours
    }
    data.event("L3", "2026-10", participants: 5)
    data.event("L1", "2026-10", .skillsTraining, participants: 3, partner: "PKK Desa")
    data.money("L1", "2026-10", allocated: 1_000_000, spent: 250_000)
    data.budget.append(
      BudgetEntry(
        libraryID: LibraryID("L1"), month: ScoringFixture.month("2026-10"), category: .collection,
        source: .apbd, allocated: Rupiah(units: 12_345), spent: Rupiah(units: 6_789)))
    data.money("L2", "2026-10", allocated: 500_000, spent: 500_000)
    data.money("L1", "2026-10", .staff, allocated: 300_000, spent: 100_000)
    data.stock("L1", "2026-09", titles: 120, copies: 300)
    data.stock("L1", "2026-09", .children, titles: 40, copies: 90, acquired: 12)
    data.stock("L3", "2026-10", titles: 10, copies: 20, weeded: 2)
    data.operations("L1", "2026-10", trained: 1, volunteerHours: 12.5)
    data.operations("L1", "2026-10", trained: 2, volunteerHours: 1)
    return data
  }

  static let periods: [Period] = [
    .month(ScoringFixture.month("2026-09")), .month(ScoringFixture.month("2026-10")),
    .trailingYear(endingWith: ScoringFixture.month("2026-10"), dataStart: nil),
  ]

  @Test(
    "stretches of 1, 2 and 3 rows give the same figures as one pass, for every library and period",
    arguments: [1, 2, 3])
  func sameAsOnePass(rowsPerStretch: Int) {
    let dataSet = Self.fixture.dataSet
    let onePass = DataSetIndex(dataSet, rowsPerStretch: .max)
    let stretched = DataSetIndex(dataSet, rowsPerStretch: rowsPerStretch)
    for position in dataSet.libraries.indices {
      for period in Self.periods {
        #expect(
          stretched.periodFigures(position, period) == onePass.periodFigures(position, period))
      }
    }
  }

  @Test("the stretched sums are the hand-computed ones")
  func handComputed() throws {
    let index = DataSetIndex(Self.fixture.dataSet, rowsPerStretch: 2)
    let september = index.periodFigures(0, Self.periods[0])
    let attendance = try #require(september.attendance)
    #expect(attendance.rows == 7)
    #expect(attendance.visitors == 59)
    #expect(attendance.childVisitors == 3)
    #expect(attendance.loans == 9)
    #expect(september.collectionFlows?.copies == 390)
    #expect(september.collectionFlows?.acquired == 12)
    let october = index.periodFigures(0, Self.periods[1])
    #expect(october.activities.hours == 0.1 + 0.2 + 0.7)
    #expect(october.activities.count == 4)
    #expect(october.activities.hours != 0.1 + (0.2 + 0.7))
    #expect(october.partnerCount == 2)
    #expect(october.budget?.allocated == Rupiah(units: 13_000_000_000 + 12_345))
    #expect(october.operationsSnapshot?.trainedStaff == 1)
    #expect(october.operationsInPeriod?.volunteerHours == 12.5)
    let l3 = try #require(index.periodFigures(2, Self.periods[1]).attendance)
    #expect(l3.rows == 5)
    #expect(l3.visitors == 10)
    #expect(l3.newMembers == 2)
  }
}

import Testing

@testable import PustakaCore

/// Issue 11.6: budget plausibility flags, from hand-computed cases.
@Suite struct PlausibilityFlagsTests {
  /// Figures for October 2026 with the given money (period and January to date), visitors,
  /// loans and copies.
  func figures(
    allocated: Int64, spent: Int64, allocatedYearToDate: Int64? = nil,
    spentYearToDate: Int64? = nil, visitors: Int = 100, loans: Int = 50, copies: Int = 600
  ) throws -> UsageFigures {
    var figures = UsageFigures(period: try Period(parsing: "2026-10"), figures: [], population: 0)
    let october = try #require(Month(year: 2026, month: 10))
    figures.budget.add(
      BudgetEntry(
        libraryID: "L", month: october, category: .collection, allocated: Rupiah(allocated),
        spent: Rupiah(spent)))
    figures.budgetYearToDate.add(
      BudgetEntry(
        libraryID: "L", month: october, category: .collection,
        allocated: Rupiah(allocatedYearToDate ?? allocated * 10),
        spent: Rupiah(spentYearToDate ?? spent * 10)))
    figures.attendance.visitors = visitors
    figures.attendance.loans = loans
    figures.stock.copiesByCategory[0] = copies
    return figures
  }

  @Test("absorption above 110 % or below 50 % in the period is flagged, 50 % and 110 % are not")
  func absorption() throws {
    let libraries: [(id: LibraryID, figures: UsageFigures)] = [
      ("HIGH", try figures(allocated: 1_000_000, spent: 1_200_000)),
      ("LOW", try figures(allocated: 1_000_000, spent: 400_000)),
      ("EDGE50", try figures(allocated: 1_000_000, spent: 500_000)),
      ("EDGE110", try figures(allocated: 1_000_000, spent: 1_100_000)),
      ("NONE", try figures(allocated: 0, spent: 0, allocatedYearToDate: 0, spentYearToDate: 0)),
    ]
    let flags = PlausibilityFlags.flags(libraries, lastMonth: 10)
      .filter { $0.kind != .behindPace }
    #expect(
      flags == [
        PlausibilityFlag(library: "HIGH", kind: .absorptionHigh, value: 120, limit: 110),
        PlausibilityFlag(library: "LOW", kind: .absorptionLow, value: 40, limit: 50),
      ])
  }

  @Test("absorption from January below month / 12 is behind pace")
  func pace() throws {
    // October: the pace is 10 / 12 = 83.33 %; 8,000,000 of 10,000,000 (80 %) is behind it,
    // 8,400,000 (84 %) is not.
    let libraries: [(id: LibraryID, figures: UsageFigures)] = [
      (
        "BEHIND",
        try figures(
          allocated: 1_000_000, spent: 900_000, allocatedYearToDate: 10_000_000,
          spentYearToDate: 8_000_000)
      ),
      (
        "ON",
        try figures(
          allocated: 1_000_000, spent: 900_000, allocatedYearToDate: 10_000_000,
          spentYearToDate: 8_400_000)
      ),
    ]
    let flags = PlausibilityFlags.flags(libraries, lastMonth: 10)
    #expect(flags.count == 1)
    #expect(flags.first?.library == "BEHIND")
    #expect(flags.first?.kind == .behindPace)
    #expect(flags.first?.value == 80)
    #expect(abs((flags.first?.limit ?? 0) - 250 / 3) < 1e-9)
  }

  @Test("cost per visit beyond the outer fences is an outlier; fewer than 8 values give none")
  func outliers() throws {
    // Spent Rp 900,000 each; visitors 100, 100, 90, 90, 100, 100, 100 and 10 give costs of
    // 9,000 (five times), 10,000 (twice) and 90,000. Quartiles (inclusive, at positions 1.75
    // and 5.25 of 0 to 7) are 9,000 and 10,000, so the upper fence is 10,000 + 3 x 1,000 =
    // 13,000: 90,000 is past it, 10,000 is not.
    let visitors = [100, 100, 90, 90, 100, 100, 100, 10]
    let libraries: [(id: LibraryID, figures: UsageFigures)] = try visitors.enumerated().map {
      (
        LibraryID("L\($0.offset)"),
        try figures(allocated: 1_000_000, spent: 900_000, visitors: $0.element)
      )
    }
    let flags = PlausibilityFlags.flags(libraries, lastMonth: 1)
      .filter { $0.kind == .costPerVisitOutlier }
    #expect(
      flags == [
        PlausibilityFlag(library: "L7", kind: .costPerVisitOutlier, value: 90_000, limit: 13_000)
      ])
    let seven = PlausibilityFlags.flags(Array(libraries.prefix(7)), lastMonth: 1)
    #expect(!seven.contains { $0.kind == .costPerVisitOutlier })
  }
}

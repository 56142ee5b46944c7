import Testing

@testable import PustakaCore

/// Budget sums stay exact, and a sum past `Int64.max` stays there instead of wrapping round.
@Suite struct BudgetTotalsTests {
  @Test("lanes add exactly, and a lane that overflows stays at Int64.max")
  func saturatingLanes() {
    let big = Int64.max - 5
    let lhs = SIMD8<Int64>(1, 2, big, 0, big, 7, 0, 0)
    let rhs = SIMD8<Int64>(10, 20, 5, 0, 6, 0, Int64.max, 3)
    #expect(
      BudgetTotals.saturating(lhs, rhs)
        == SIMD8<Int64>(11, 22, Int64.max, 0, Int64.max, 7, Int64.max, 3))
  }

  /// Lanes that reach `Int64.max` exactly without passing it take the plain sum, as do
  /// ordinary amounts.
  @Test("lanes that add up to exactly Int64.max, and small ones, give the plain sum")
  func plainSums() {
    let big = Int64.max - 5
    let lhs = SIMD8<Int64>(big, 1, 0, 7, big, 2, 0, 9)
    let rhs = SIMD8<Int64>(5, 2, 0, 0, 4, 3, Int64.max, 1)
    #expect(
      BudgetTotals.saturating(lhs, rhs)
        == SIMD8<Int64>(Int64.max, 3, 0, 7, Int64.max - 1, 5, Int64.max, 10))
  }

  @Test("totals of two months add category by category")
  func addTotals() {
    var october = BudgetTotals()
    october.add(
      BudgetEntry(
        libraryID: "L1", month: ScoringFixture.month("2026-10"), category: .collection,
        source: .apbd, allocated: Rupiah(units: 12_345), spent: Rupiah(units: 6_789)))
    var total = BudgetTotals()
    total.add(october)
    total.add(october)
    #expect(total.allocated(.collection) == Rupiah(units: 24_690))
    #expect(total.spent(.apbd) == Rupiah(units: 13_578))
    #expect(total.rows == 2)
  }
}

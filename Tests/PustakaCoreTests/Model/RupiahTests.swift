import Testing

@testable import PustakaCore

/// Issue 12.2: rupiah with fractions, kept as ten-thousandths.
@Suite struct RupiahTests {
  @Test("amounts add exactly") func sums() {
    #expect([Rupiah(1_500_000), Rupiah(250_000)].sum() == Rupiah(1_750_000))
    #expect([Rupiah]().sum() == .zero)
    #expect(Rupiah(1_500_000).description == "1500000")
    #expect([Rupiah(units: 5_000), Rupiah(units: 5_000)].sum() == Rupiah(1))
  }

  @Test("amounts print as plain digits with any fraction, negative ones with their sign")
  func description() {
    #expect(Rupiah(1_500_000).description == "1500000")
    #expect(Rupiah(units: 9_876_545_000).description == "987654.5")
    #expect(Rupiah(units: 1).description == "0.0001")
    #expect(Rupiah(units: -15_000).description == "-1.5")
  }

  @Test("budget totals past Int64 stay at the largest amount instead of turning negative")
  func saturatedTotals() throws {
    let october = try #require(Month(year: 2026, month: 10))
    var totals = BudgetTotals()
    let huge = Rupiah(units: .max / 2 + 1)
    for category in [BudgetCategory.collection, .operations, .collection] {
      totals.add(
        BudgetEntry(
          libraryID: "L", month: october, category: category, allocated: huge, spent: huge))
    }
    #expect(totals.allocated(.collection) == Rupiah(units: .max))
    #expect(totals.allocated == Rupiah(units: .max))
    var doubled = totals
    doubled.add(totals)
    #expect(doubled.spent == Rupiah(units: .max))
    #expect(doubled.spent(.operations) == Rupiah(units: .max))
  }
}

import Testing

@testable import PustakaCore

@Suite struct RupiahTests {
  @Test("amounts add exactly") func sums() {
    #expect([Rupiah(1_500_000), Rupiah(250_000)].sum() == Rupiah(1_750_000))
    #expect([Rupiah]().sum() == .zero)
    #expect(Rupiah(1_500_000).description == "1500000")
  }
}

import Testing

@testable import PustakaCore

@Suite struct DistrictStandingTests {
  @Test(
    "districts rank highest first, ties share a rank, missing figures are left out",
    arguments: [
      (64.2, [71.5, 64.2, 64.2, 50, nil], 2, 4),
      (50, [71.5, 64.2, 64.2, 50, nil], 4, 4),
      (71.5, [71.5, 64.2, 64.2, 50, nil], 1, 4),
    ] as [(Double, [Double?], Int, Int)])
  func rank(value: Double, values: [Double?], rank: Int, of count: Int) {
    let result = DistrictStanding.rank(of: value, among: values)
    #expect(result.rank == rank)
    #expect(result.of == count)
  }

  @Test("a district without the figure has no rank") func missing() {
    let result = DistrictStanding.rank(of: nil, among: [3, nil, 1])
    #expect(result.rank == nil)
    #expect(result.of == 2)
  }
}

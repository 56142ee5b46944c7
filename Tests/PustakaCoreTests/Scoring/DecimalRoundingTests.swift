import Testing

@testable import PustakaCore

@Suite struct DecimalRoundingTests {
  /// Hand-computed roundings: (value, expected).
  static let cases: [(Double, Double)] = [
    // 6999 / 20000 = 0.34995 exactly in decimal: the 5 rounds up to 0.3500.
    (6999.0 / 20000, 0.35),
    // 20,999,990 / 20,000,000 x 100 is the double 104.99994999999999: 12 significant digits
    // give 104.999950000, 4 decimals give 105.0000.
    (20_999_990.0 / 20_000_000 * 100, 105),
    (20_999_990.0 * 100 / 20_000_000, 105),
    // 120 / 4000 x 1000 is the double 30.000000000000004.
    (120.0 / 4000 * 1000, 30),
    (2.0 / 3, 0.6667),
    (0.00004, 0),
    (0.00005, 0.0001),
    (-0.00005, -0.0001),
    (-2.5e-5, 0),
    (1e-5, 0),
    (12_345_678.123_45, 12_345_678.1235),
    (1_234_567_890_123.456, 1_234_567_890_120),
    (6_666.666_666_666_667, 6_666.6667),
    (812, 812),
  ]

  @Test(
    "values are rounded to 12 significant digits, then to 4 decimals, half away from zero",
    arguments: cases)
  func rounding(value: Double, expected: Double) {
    #expect(DecimalRounding.scoringValue(value) == expected)
    #expect(DecimalRounding.decimalScoringValue(value) == expected)
  }

  @Test("the fast path agrees with the decimal rounding") func fastPath() {
    var mismatches: [Double] = []
    for numerator in 0..<3000 {
      for denominator in [3.0, 7, 16, 20_000, 4000, 1200, 600, 9.5, 0.07] {
        let value = Double(numerator) / denominator * 100
        if DecimalRounding.scoringValue(value) != DecimalRounding.decimalScoringValue(value) {
          mismatches.append(value)
        }
      }
    }
    #expect(mismatches.isEmpty)
  }
}

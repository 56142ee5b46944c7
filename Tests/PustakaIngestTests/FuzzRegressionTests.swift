import Testing

@testable import PustakaIngest

/// Inputs the libFuzzer harnesses of `Fuzz/` found crashing the ingest parsers (issue 10).
@Suite struct FuzzRegressionTests {
  @Test(
    "issue 10 fuzz: a number whose digits fill 64 bits converts without overflowing",
    arguments: [
      ("18446744073709551.616", 18_446_744_073_709_551.616),
      ("1844674407370955161.6", 1_844_674_407_370_955_161.6),
      ("18446744073709551.615", 18_446_744_073_709_551.615),
    ])
  func fullWidthDigits(text: String, expected: Double) throws {
    let parsed = NumberParser.parse(Array(text.utf8)[...], style: .international)
    let number = try #require(try? parsed.get())
    #expect(number.doubleValue == expected)
  }
}

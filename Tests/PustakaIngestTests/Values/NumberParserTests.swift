import Testing

@testable import PustakaIngest

@Suite struct NumberParserTests {
  static func value(_ text: String, _ style: NumberStyle) -> Double? {
    guard case .success(let number) = NumberParser.parse(Array(text.utf8)[...], style: style)
    else { return nil }
    return number.doubleValue
  }

  @Test(
    "comma and tab files: '.' is the decimal separator, ',' only groups thousands",
    arguments: [
      ("1234", 1234.0), ("1234.5", 1234.5), ("1,234.5", 1234.5), ("12,500,000", 12_500_000),
      ("0.5", 0.5), ("-3", -3), ("007", 7), ("+5", 5), ("+1,234.5", 1234.5),
    ])
  func international(text: String, expected: Double) {
    #expect(Self.value(text, .international) == expected)
  }

  @Test(
    "plain digits, read without weighing separators, up to the largest 64-bit value",
    arguments: [
      ("0", false, 0), ("007", false, 7), ("-12", true, 12), ("+5", false, 5),
      ("999999999999999999", false, 999_999_999_999_999_999),
      ("1234567890123456789", false, 1_234_567_890_123_456_789),
      ("18446744073709551615", false, UInt64.max),
    ] as [(String, Bool, UInt64)])
  func plainDigits(text: String, isNegative: Bool, integerPart: UInt64) {
    for style in [NumberStyle.international, .localised] {
      let parsed = try? NumberParser.parse(Array(text.utf8)[...], style: style).get()
      #expect(
        parsed
          == ParsedNumber(
            isNegative: isNegative, integerPart: integerPart, fraction: 0, fractionScale: 0))
    }
  }

  @Test("a 20-digit number past the largest 64-bit value is refused")
  func digitsPastUInt64() {
    let text = Array("18446744073709551616".utf8)[...]
    #expect(throws: NumberParser.Failure.invalid) {
      try NumberParser.parse(text, style: .international).get()
    }
  }

  @Test(
    "comma and tab files refuse other uses of ','",
    arguments: [
      "1.234,5", "12,5", "1234,567", "0,500", "1.500.000", "1,23", "1e3", "NaN", "inf",
      "", "-", "12.", ".5", "1 234", "١٢", "+", "+-5", "-+5", "++5",
    ])
  func internationalErrors(text: String) {
    #expect(Self.value(text, .international) == nil)
  }

  @Test(
    "semicolon files: the later separator is decimal; a lone '.' groups a grouped integer part",
    arguments: [
      ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("12,5", 12.5), ("1.234", 1234),
      ("1.500.000", 1_500_000), ("12.5", 12.5), ("0.500", 0.5), ("1234.567", 1234.567),
      ("1.234.567,89", 1_234_567.89), ("12,0", 12),
    ])
  func localised(text: String, expected: Double) {
    #expect(Self.value(text, .localised) == expected)
  }

  @Test(
    "semicolon files refuse malformed numbers",
    arguments: ["1,2,3", "1.2.3", "1.234,5,6", "12.34,5", "1e3", "Rp 5", "1.23.456"])
  func localisedErrors(text: String) {
    #expect(Self.value(text, .localised) == nil)
  }

  @Test(
    "money ignores an Rp, Rp. or IDR prefix and spaces anywhere",
    arguments: [
      ("Rp 1.500.000", 1_500_000.0), ("Rp. 1.500.000", 1_500_000), ("rp1.500.000", 1_500_000),
      ("IDR 1 500 000", 1_500_000), ("-Rp 5.000", -5000), ("Rp -5.000", -5000),
      ("+Rp 5.000", 5000), ("Rp +5.000", 5000),
    ])
  func money(text: String, expected: Double) throws {
    // Data contract v1.2: a leading `+` is accepted, before or after the prefix.
    let result = NumberParser.parseMoney(Array(text.utf8)[...], style: .localised)
    let number = try result.get()
    #expect(number.doubleValue == expected)
  }

  @Test("a grouped integer part has a first group without a leading zero and groups of three")
  func groupedIntegerPart() {
    let dot = UInt8(ascii: ".")
    #expect(NumberParser.isGroupedInteger(Array("1.234".utf8)[...], separator: dot))
    #expect(NumberParser.isGroupedInteger(Array("12.500.000".utf8)[...], separator: dot))
    #expect(!NumberParser.isGroupedInteger(Array("0.500".utf8)[...], separator: dot))
    #expect(!NumberParser.isGroupedInteger(Array("1234.567".utf8)[...], separator: dot))
    #expect(!NumberParser.isGroupedInteger(Array("1.23".utf8)[...], separator: dot))
  }
}

/// Data contract v1.2: one leading sign at most, on numbers and rupiah amounts.
@Suite struct NumberSignTests {
  @Test("a second sign on money is refused", arguments: ["+Rp +5.000", "-Rp +5.000", "Rp +-5"])
  func twoSigns(text: String) {
    let result = NumberParser.parseMoney(Array(text.utf8)[...], style: .localised)
    #expect((try? result.get()) == nil)
  }
}

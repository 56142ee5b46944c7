/// The rubric's rounding of a value before it is compared with thresholds (*pembulatan*).
///
/// Works on the shortest round-trip decimal form of a `Double` (its `description`): first to
/// 12 significant digits, then to 4 decimal places, both half away from zero. So
/// 6999 / 20000 = 0.34995 gives 0.35, and 20,999,990 / 20,000,000 x 100, which is the double
/// 104.99994999999999, gives 105 whatever the order of the arithmetic.
package enum DecimalRounding {
  /// `value` rounded for scoring; infinities and NaN are returned unchanged.
  package static func scoringValue(_ value: Double) -> Double {
    guard value.isFinite else { return value }
    if value == value.rounded(), abs(value) < 1e12 { return value }
    // Fast path: below 10^6 the 12-digit rounding moves `value x 10^4` by at most 0.005, so
    // when that product is not within 0.01 of a half the result is plain rounding.
    if abs(value) < 1e6 {
      let scaled = value * 10_000
      let fraction = abs(scaled - scaled.rounded(.towardZero))
      if abs(fraction - 0.5) > 0.01 {
        return scaled.rounded(.toNearestOrAwayFromZero) / 10_000
      }
    }
    return decimalScoringValue(value)
  }

  /// `value` rounded for scoring on its decimal digits, without the fast path.
  package static func decimalScoringValue(_ value: Double) -> Double {
    guard value.isFinite, var decimal = DecimalDigits(value.description) else { return value }
    decimal.round(significantDigits: 12)
    decimal.round(decimalPlaces: 4)
    return decimal.doubleValue ?? value
  }
}

/// A decimal number as sign, digits and point position: `0.d1 d2 d3 ... x 10^pointPosition`.
struct DecimalDigits {
  var isNegative: Bool
  /// The significant digits without leading zeros; empty for zero.
  var digits: [UInt8]
  /// How many digits stand before the decimal point (negative for 0.000ddd).
  var pointPosition: Int

  /// Reads `123.45`, `-0.001`, `1e-05` or `1.2345e+16`; `nil` for anything else.
  init?(_ text: String) {
    var rest = Substring(text)
    isNegative = rest.hasPrefix("-")
    if isNegative { rest = rest.dropFirst() }
    var exponent = 0
    if let marker = rest.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      guard let value = Int(rest[rest.index(after: marker)...]) else { return nil }
      exponent = value
      rest = rest[..<marker]
    }
    let pieces = rest.split(separator: ".", omittingEmptySubsequences: false)
    guard pieces.count <= 2 else { return nil }
    let whole = pieces[0]
    let fraction = pieces.count == 2 ? pieces[1] : ""
    var all: [UInt8] = []
    for character in (whole + fraction).utf8 {
      guard character >= 0x30, character <= 0x39 else { return nil }
      all.append(character - 0x30)
    }
    var position = whole.utf8.count + exponent
    var start = 0
    while start < all.count, all[start] == 0 {
      start += 1
      position -= 1
    }
    digits = Array(all[start...])
    while digits.last == 0 { digits.removeLast() }
    pointPosition = digits.isEmpty ? 0 : position
  }

  /// Keeps at most `count` significant digits, half away from zero.
  mutating func round(significantDigits count: Int) {
    keep(count)
  }

  /// Keeps at most `places` digits after the decimal point, half away from zero.
  mutating func round(decimalPlaces places: Int) {
    keep(pointPosition + places)
  }

  /// Keeps the first `count` digits, rounding the rest half away from zero.
  private mutating func keep(_ count: Int) {
    guard count < digits.count else { return }
    guard count >= 0 else {
      digits = []
      pointPosition = 0
      return
    }
    let roundsUp = digits[count] >= 5
    digits.removeLast(digits.count - count)
    if roundsUp {
      var index = digits.count - 1
      while index >= 0, digits[index] == 9 {
        digits[index] = 0
        index -= 1
      }
      if index >= 0 {
        digits[index] += 1
      } else {
        digits.insert(1, at: 0)
        pointPosition += 1
      }
    }
    while digits.last == 0 { digits.removeLast() }
    if digits.isEmpty { pointPosition = 0 }
  }

  /// The nearest `Double`.
  var doubleValue: Double? {
    if digits.isEmpty { return 0 }
    let text =
      (isNegative ? "-0." : "0.") + digits.map { String($0) }.joined()
      + "e\(pointPosition)"
    return Double(text)
  }
}

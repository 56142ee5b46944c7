import PustakaCore

/// A decimal number read from text, kept exactly: sign, integer part and fraction digits.
struct ParsedNumber: Equatable {
  /// Whether the text had a leading `-` (a value of zero is never negative).
  var isNegative: Bool
  /// The integer part, without separators.
  var integerPart: UInt64
  /// The fraction digits as a whole number, trailing zeros removed (`12.50` gives 5).
  var fraction: UInt64
  /// The number of fraction digits in `fraction` (`12.50` gives 1).
  var fractionScale: Int

  /// Whether the number has no fractional part (`12`, `12.0`).
  var isWhole: Bool { fraction == 0 }

  /// Whether the number is below zero (`-0` is not).
  var isBelowZero: Bool { isNegative && (integerPart != 0 || fraction != 0) }

  /// The integer part as an `Int`, or `nil` when it does not fit.
  var wholeValue: Int? {
    integerPart <= UInt64(Int.max) ? Int(integerPart) : nil
  }

  /// The magnitude in ten-thousandths of a rupiah (`Rupiah.units`): exact to four decimals,
  /// a finer fraction rounded half to even; `nil` when it does not fit in 64 bits.
  var rupiahUnits: Int64? {
    let perRupiah = UInt64(Rupiah.unitsPerRupiah)
    guard case let (whole, overflow) = integerPart.multipliedReportingOverflow(by: perRupiah),
      !overflow
    else { return nil }
    var part: UInt64 = 0
    if fractionScale <= 4 {
      part = fraction * Self.powersOfTen[4 - fractionScale]
    } else {
      let divisor = Self.powersOfTen[fractionScale - 4]
      part = fraction / divisor
      let remainder = fraction % divisor
      if remainder * 2 > divisor || (remainder * 2 == divisor && part % 2 == 1) { part += 1 }
    }
    guard case let (total, carry) = whole.addingReportingOverflow(part), !carry,
      total <= UInt64(Int64.max)
    else { return nil }
    return Int64(total)
  }

  /// The value as the nearest `Double`.
  var doubleValue: Double {
    let magnitude: Double
    if fractionScale == 0 {
      magnitude = Double(integerPart)
    } else if fractionScale < Self.powersOfTen.count,
      case let scale = Self.powersOfTen[fractionScale],
      case let (shifted, overflow) = integerPart.multipliedReportingOverflow(by: scale),
      !overflow, case let (scaled, carry) = shifted.addingReportingOverflow(fraction), !carry,
      scaled < 1 << 53
    {
      // Both operands are exact, so the quotient is correctly rounded.
      magnitude = Double(scaled) / Double(scale)
    } else {
      let digits = String(fraction)
      let padded = String(repeating: "0", count: max(0, fractionScale - digits.count)) + digits
      magnitude = Double("\(integerPart).\(padded)") ?? .nan
    }
    return isNegative ? -magnitude : magnitude
  }

  private static let powersOfTen: [UInt64] = (0...18).map { exponent in
    (0..<exponent).reduce(1) { product, _ in product * 10 }
  }
}

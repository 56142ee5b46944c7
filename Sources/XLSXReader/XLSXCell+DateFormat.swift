extension XLSXCell {
  /// Whether the cell's number format shows a date or time, so its number is a serial date.
  ///
  /// True for the built-in ids 14-22 and 45-47, and for a format code with a y, m, d, h or s
  /// outside quoted text, brackets (`[Red]`, `[$-409]`) and escaped characters.
  package var isDateFormatted: Bool {
    if BuiltInNumberFormat.isDate(numberFormatID) {
      return true
    }
    return Self.isDateFormat(numberFormat)
  }

  /// Whether the format code `code` has a date or time part (see `isDateFormatted`).
  ///
  /// The code is read as UTF-8 bytes: every character that matters is ASCII, and the bytes of
  /// any other character match none of them (skipping one after `\\`, `_` or `*` leaves only
  /// continuation bytes), so this is the same test as over characters, without the cost of
  /// grapheme breaking on every cell (a letter with a combining mark counts as the letter).
  package static func isDateFormat(_ code: String) -> Bool {
    var inQuotes = false
    var inBrackets = false
    var skipNext = false
    for byte in code.utf8 {
      if skipNext {
        skipNext = false
        continue
      }
      if inQuotes {
        inQuotes = byte != UInt8(ascii: "\"")
        continue
      }
      if inBrackets {
        inBrackets = byte != UInt8(ascii: "]")
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): inQuotes = true
      case UInt8(ascii: "["): inBrackets = true
      case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"): skipNext = true
      case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "m"), UInt8(ascii: "M"),
        UInt8(ascii: "d"), UInt8(ascii: "D"), UInt8(ascii: "h"), UInt8(ascii: "H"),
        UInt8(ascii: "s"), UInt8(ascii: "S"):
        return true
      default: continue
      }
    }
    return false
  }
}

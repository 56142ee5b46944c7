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
  package static func isDateFormat(_ code: String) -> Bool {
    var inQuotes = false
    var inBrackets = false
    var skipNext = false
    for character in code {
      if skipNext {
        skipNext = false
        continue
      }
      if inQuotes {
        inQuotes = character != "\""
        continue
      }
      if inBrackets {
        inBrackets = character != "]"
        continue
      }
      switch character {
      case "\"": inQuotes = true
      case "[": inBrackets = true
      case "\\", "_", "*": skipNext = true
      case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S": return true
      default: continue
      }
    }
    return false
  }
}

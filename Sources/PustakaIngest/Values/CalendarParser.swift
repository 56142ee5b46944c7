import PustakaCore

/// Parses dates and months from the bytes of a cell, per the data contract's forms.
enum CalendarParser {
  /// Why text is not a date or a month.
  enum Failure: Error, Equatable {
    /// The cell is empty.
    case empty
    /// The text is in none of the accepted forms.
    case invalid
    /// The text has an accepted form but names no real day (`2026-02-30`) or month (`2026-13`).
    case notInCalendar
  }

  /// Parses `YYYY-MM-DD`, `DD/MM/YYYY` or `DD-MM-YYYY`, days and months with one or two digits.
  static func parseDate(_ text: ArraySlice<UInt8>) -> Result<CalendarDate, Failure> {
    guard !text.isEmpty else { return .failure(.empty) }
    if let (year, month, day) = isoDate(text) {
      return CalendarDate(year: year, month: month, day: day).map { .success($0) }
        ?? .failure(.notInCalendar)
    }
    guard let parts = numericParts(text), parts.count == 3 else { return .failure(.invalid) }
    let year: Int
    let month: Int
    let day: Int
    if parts[0].digits == 4, parts[1].digits <= 2, parts[2].digits <= 2,
      parts[1].separator == UInt8(ascii: "-"), parts[2].separator == UInt8(ascii: "-")
    {
      (year, month, day) = (parts[0].value, parts[1].value, parts[2].value)
    } else if parts[0].digits <= 2, parts[1].digits <= 2, parts[2].digits == 4,
      parts[1].separator == parts[2].separator
    {
      (year, month, day) = (parts[2].value, parts[1].value, parts[0].value)
    } else {
      return .failure(.invalid)
    }
    guard let date = CalendarDate(year: year, month: month, day: day) else {
      return .failure(.notInCalendar)
    }
    return .success(date)
  }

  /// Parses `YYYY-MM`, `YYYY/MM`, `MM/YYYY`, `M/YYYY`, a full date (its month), or a month name
  /// or abbreviation in Indonesian or English, with or without a dot, white space and the year.
  static func parseMonth(_ text: ArraySlice<UInt8>) -> Result<Month, Failure> {
    guard !text.isEmpty else { return .failure(.empty) }
    if let first = text.first, !ByteText.isDigit(first) {
      return parseNamedMonth(String(decoding: text, as: UTF8.self))
    }
    if text.count == 7, text[text.startIndex + 4] == UInt8(ascii: "-"),
      let year = digits(text, at: 0, count: 4), let month = digits(text, at: 5, count: 2)
    {
      return Month(year: year, month: month).map { .success($0) } ?? .failure(.notInCalendar)
    }
    guard let parts = numericParts(text) else { return .failure(.invalid) }
    switch parts.count {
    case 2:
      let year: Int
      let month: Int
      if parts[0].digits == 4, parts[1].digits <= 2 {
        (year, month) = (parts[0].value, parts[1].value)
      } else if parts[0].digits <= 2, parts[1].digits == 4,
        parts[1].separator == UInt8(ascii: "/")
      {
        (year, month) = (parts[1].value, parts[0].value)
      } else {
        return .failure(.invalid)
      }
      guard let value = Month(year: year, month: month) else { return .failure(.notInCalendar) }
      return .success(value)
    case 3:
      return parseDate(text).map(\.calendarMonth)
    default:
      return .failure(.invalid)
    }
  }

  /// The date of an Excel serial day number (1 is 1900-01-01; Excel's fictitious 1900-02-29,
  /// serial 60, is refused); the fraction (a time of day) is dropped.
  static func date(excelSerial serial: Double) -> CalendarDate? {
    guard serial.isFinite, serial >= 1, serial < 3_000_000 else { return nil }
    let day = Int(serial.rounded(.down))
    if day == 60 { return nil }
    // Serial 25,569 is 1970-01-01; before 1900-03-01 Excel's count is one day ahead.
    return CalendarDate(daysSinceEpoch: day - (day < 60 ? 25_568 : 25_569))
  }

  // MARK: - Helpers

  private struct Part {
    var value: Int
    var digits: Int
    var separator: UInt8?
  }

  /// At most three digit groups, kept inline: parsing a date allocates nothing.
  private struct Parts {
    private var storage = (
      Part(value: 0, digits: 0, separator: nil), Part(value: 0, digits: 0, separator: nil),
      Part(value: 0, digits: 0, separator: nil)
    )
    /// How many groups there are (1 to 3).
    private(set) var count = 0

    /// Adds `part`; `false` when three are there already.
    mutating func append(_ part: Part) -> Bool {
      switch count {
      case 0: storage.0 = part
      case 1: storage.1 = part
      case 2: storage.2 = part
      default: return false
      }
      count += 1
      return true
    }

    subscript(index: Int) -> Part {
      switch index {
      case 0: return storage.0
      case 1: return storage.1
      default: return storage.2
      }
    }
  }

  /// The year, month and day of text that is exactly `YYYY-MM-DD`, the form most data sets
  /// hold, read without splitting it into parts; `nil` for any other text.
  private static func isoDate(_ text: ArraySlice<UInt8>) -> (Int, Int, Int)? {
    guard text.count == 10, text[text.startIndex + 4] == UInt8(ascii: "-"),
      text[text.startIndex + 7] == UInt8(ascii: "-"), let year = digits(text, at: 0, count: 4),
      let month = digits(text, at: 5, count: 2), let day = digits(text, at: 8, count: 2)
    else { return nil }
    return (year, month, day)
  }

  /// The value of the `count` ASCII digits from `offset` in `text`, or `nil` when one of
  /// them is not a digit.
  private static func digits(_ text: ArraySlice<UInt8>, at offset: Int, count: Int) -> Int? {
    var value = 0
    for byte in text[(text.startIndex + offset)..<(text.startIndex + offset + count)] {
      guard ByteText.isDigit(byte) else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }

  /// Splits `12/10/2026` into digit groups and the separator before each; `nil` when other bytes
  /// appear, a group is empty or longer than four digits, or there are more than three groups
  /// (no date or month has more).
  private static func numericParts(_ text: ArraySlice<UInt8>) -> Parts? {
    var parts = Parts()
    var current = Part(value: 0, digits: 0, separator: nil)
    for byte in text {
      if ByteText.isDigit(byte) {
        current.value = current.value * 10 + Int(byte - 0x30)
        current.digits += 1
        guard current.digits <= 4 else { return nil }
      } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") {
        guard current.digits > 0, parts.append(current) else { return nil }
        current = Part(value: 0, digits: 0, separator: byte)
      } else {
        return nil
      }
    }
    guard current.digits > 0, parts.append(current) else { return nil }
    return parts
  }

  private static func parseNamedMonth(_ text: String) -> Result<Month, Failure> {
    let words = text.split(whereSeparator: \.isWhitespace)
    guard words.count == 2 else { return .failure(.invalid) }
    var name = words[0].lowercased()
    if name.hasSuffix(".") { name.removeLast() }
    let yearText = words[1]
    guard let number = monthNumbers[name], yearText.count == 4,
      yearText.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(yearText),
      let month = Month(year: year, month: number)
    else { return .failure(.invalid) }
    return .success(month)
  }

  /// Month names and abbreviations, Indonesian (with the old spellings) and English.
  private static let monthNumbers: [String: Int] = {
    let names: [[String]] = [
      ["jan", "januari", "january"],
      ["feb", "peb", "februari", "pebruari", "february"],
      ["mar", "maret", "march"],
      ["apr", "april"],
      ["mei", "may"],
      ["jun", "juni", "june"],
      ["jul", "juli", "july"],
      ["agu", "agt", "ags", "agus", "aug", "agustus", "august"],
      ["sep", "sept", "september"],
      ["okt", "oct", "oktober", "october"],
      ["nov", "nop", "november", "nopember"],
      ["des", "dec", "desember", "december"],
    ]
    var table: [String: Int] = [:]
    for (index, spellings) in names.enumerated() {
      for spelling in spellings { table[spelling] = index + 1 }
    }
    return table
  }()
}

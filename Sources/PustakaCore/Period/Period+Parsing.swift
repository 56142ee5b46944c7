extension Period {
  /// Reads a period from its text form: `2026-10` (a month), `2026-Q4` (a quarter, `q` in any
  /// case), `2026` (a year) or `2025-11..2026-10` (a range of months, both ends included);
  /// spaces around it are ignored.
  ///
  /// - Throws: `PeriodParseError` naming the text and what is expected.
  package init(parsing text: String) throws(PeriodParseError) {
    let trimmed = NameFolding.collapsedWhiteSpace(text)
    if let separator = trimmed.range(of: "..") {
      self = try Self.range(parsing: trimmed, separator: separator)
      return
    }
    self = try Self.single(parsing: trimmed)
  }

  /// A range `YYYY-MM..YYYY-MM` whose `..` lies at `separator` in `text`.
  private static func range(parsing text: String, separator: Range<String.Index>)
    throws(PeriodParseError) -> Period
  {
    let ends = [text[..<separator.lowerBound], text[separator.upperBound...]].map {
      NameFolding.collapsedWhiteSpace(String($0))
    }
    var months: [Month] = []
    for end in ends {
      guard !end.isEmpty, case .month(let month) = try single(parsing: end) else {
        throw .rangeEndNotAMonth(text: text)
      }
      months.append(month)
    }
    guard let period = range(from: months[0], to: months[1]) else {
      throw .rangeBackwards(text: text)
    }
    return period
  }

  /// A month, quarter or year, already trimmed.
  private static func single(parsing trimmed: String) throws(PeriodParseError) -> Period {
    let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
    guard let yearText = parts.first, Self.isDigits(yearText, count: 4),
      let year = Int(yearText)
    else {
      throw .unrecognised(text: trimmed)
    }
    guard CalendarDate.supportedYears.contains(year) else { throw .yearOutOfRange(text: trimmed) }
    switch parts.count {
    case 1:
      return .year(year)
    case 2:
      let rest = parts[1]
      if let first = rest.first, first == "Q" || first == "q" {
        let digits = rest.dropFirst()
        guard Self.isDigits(digits, count: 1), let quarter = Int(digits), (1...4).contains(quarter)
        else { throw .quarterOutOfRange(text: trimmed) }
        return .quarter(year: year, quarter: quarter)
      } else {
        guard Self.isDigits(rest, count: 2) else { throw .unrecognised(text: trimmed) }
        guard let number = Int(rest), let month = Month(year: year, month: number) else {
          throw .monthOutOfRange(text: trimmed)
        }
        return .month(month)
      }
    default:
      throw .unrecognised(text: trimmed)
    }
  }

  private static func isDigits(_ text: Substring, count: Int) -> Bool {
    text.utf8.count == count && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }
}

/// Why a text is not a period (see `Period.init(parsing:)`).
package enum PeriodParseError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The text has none of the four forms.
  case unrecognised(text: String)
  /// A range whose ends are not both months (`2026-Q1..2026-10`).
  case rangeEndNotAMonth(text: String)
  /// A range whose last month comes before its first.
  case rangeBackwards(text: String)
  /// The text looks like a month but its month is not `01` to `12`.
  case monthOutOfRange(text: String)
  /// The text looks like a quarter but its quarter is not `Q1` to `Q4`.
  case quarterOutOfRange(text: String)
  /// The year is outside `CalendarDate.supportedYears`.
  case yearOutOfRange(text: String)

  /// The message: `"2026-13" is not a period: the month must be 01 to 12`.
  package var description: String {
    switch self {
    case .unrecognised(let text):
      return "\"\(text)\" is not a period: write a month (2026-10), a quarter (2026-Q4), a year"
        + " (2026) or a range of months (2025-11..2026-10)"
    case .rangeEndNotAMonth(let text):
      return "\"\(text)\" is not a period: both ends of a range must be months, as in"
        + " 2025-11..2026-10"
    case .rangeBackwards(let text):
      return "\"\(text)\" is not a period: a range must start before it ends, as in"
        + " 2025-11..2026-10"
    case .monthOutOfRange(let text):
      return "\"\(text)\" is not a period: the month must be 01 to 12"
    case .quarterOutOfRange(let text):
      return "\"\(text)\" is not a period: the quarter must be Q1 to Q4"
    case .yearOutOfRange(let text):
      let years = CalendarDate.supportedYears
      return
        "\"\(text)\" is not a period: the year must be \(years.lowerBound) to \(years.upperBound)"
    }
  }
}

/// A day of the Gregorian calendar (*tanggal*) without a time or time zone.
///
/// Dates order chronologically; `description` is the stable form `2026-10-05`.
package struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  // Stored compactly: data sets hold millions of dates.
  private let storedYear: Int16
  private let storedMonth: UInt8
  private let storedDay: UInt8

  /// The year, from 1 to 9999.
  package var year: Int { Int(storedYear) }
  /// The month of the year, from 1 to 12.
  package var month: Int { Int(storedMonth) }
  /// The day of the month, from 1 to the month's number of days.
  package var day: Int { Int(storedDay) }

  /// Creates a date, or returns `nil` when no such day exists (`2026-02-29`, `2026-04-31`).
  package init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Self.numberOfDays(inMonth: month, ofYear: year)).contains(day)
    else { return nil }
    self.storedYear = Int16(year)
    self.storedMonth = UInt8(month)
    self.storedDay = UInt8(day)
  }

  /// The ordinal of the date's month (`Month.ordinal` of `calendarMonth`), without building
  /// the month: what per-month indexes key rows by.
  package var monthOrdinal: Int { year * 12 + (month - 1) }

  /// The date's month, such as `2026-10` for `2026-10-05`.
  package var calendarMonth: Month {
    guard let value = Month(year: year, month: month) else {
      preconditionFailure("a valid date has a valid month")
    }
    return value
  }

  /// Whether `year` is a leap year of the Gregorian calendar (2024 and 2000, not 2100).
  package static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in `month` (1...12) of `year`: 28 to 31.
  package static func numberOfDays(inMonth month: Int, ofYear year: Int) -> Int {
    switch month {
    case 2: return isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The number of days since 1970-01-01 (negative before it).
  ///
  /// Uses the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`).
  package var daysSinceEpoch: Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// Creates the date `days` days after 1970-01-01, or `nil` outside the years 1...9999.
  package init?(daysSinceEpoch days: Int) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    self.init(year: year, month: month, day: day)
  }

  /// The day of the week, from 1 (Monday) to 7 (Sunday), as in ISO 8601.
  package var isoWeekday: Int {
    let days = daysSinceEpoch + 3  // 1970-01-01 was a Thursday.
    return ((days % 7) + 7) % 7 + 1
  }

  /// The date `count` days later (earlier when negative), or `nil` outside the years 1...9999.
  package func advanced(byDays count: Int) -> CalendarDate? {
    CalendarDate(daysSinceEpoch: daysSinceEpoch + count)
  }

  /// The stable form `YYYY-MM-DD`, such as `2026-10-05`.
  package var description: String {
    Month.padded(year, width: 4) + "-" + Month.padded(month, width: 2) + "-"
      + Month.padded(day, width: 2)
  }

  package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.storedYear, lhs.storedMonth, lhs.storedDay)
      < (rhs.storedYear, rhs.storedMonth, rhs.storedDay)
  }
}

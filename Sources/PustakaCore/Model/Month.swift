/// A calendar month (*bulan*) of a year, such as October 2026.
///
/// Months order chronologically; `description` is the stable form `2026-10`.
package struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
  // Stored compactly: data sets hold many months.
  private let storedYear: Int16
  private let storedMonth: UInt8

  /// The year, from 1 to 9999.
  package var year: Int { Int(storedYear) }
  /// The month of the year, from 1 (January) to 12 (December).
  package var month: Int { Int(storedMonth) }

  /// Creates a month, or returns `nil` when the year is outside 1...9999 or the month outside
  /// 1...12.
  package init?(year: Int, month: Int) {
    guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
    self.storedYear = Int16(year)
    self.storedMonth = UInt8(month)
  }

  /// The number of months since January of year 0, used for arithmetic and ordering.
  package var ordinal: Int { year * 12 + (month - 1) }

  /// The month after this one (December 2026 is followed by January 2027).
  package var next: Month { advanced(by: 1) }

  /// The month before this one (January 2027 is preceded by December 2026).
  package var previous: Month { advanced(by: -1) }

  /// The month `count` months later (earlier when negative).
  ///
  /// Precondition: the result lies within the years 1...9999.
  package func advanced(by count: Int) -> Month {
    let target = ordinal + count
    guard let result = Month(year: target / 12, month: target % 12 + 1), target >= 0 else {
      preconditionFailure("month outside the years 1...9999")
    }
    return result
  }

  /// The number of months from this month to `other` (positive when `other` is later).
  package func distance(to other: Month) -> Int {
    other.ordinal - ordinal
  }

  /// The number of days in this month, leap years included.
  package var numberOfDays: Int {
    CalendarDate.numberOfDays(inMonth: month, ofYear: year)
  }

  /// The stable form `YYYY-MM`, such as `2026-10`.
  package var description: String {
    Self.padded(year, width: 4) + "-" + Self.padded(month, width: 2)
  }

  package static func < (lhs: Month, rhs: Month) -> Bool {
    lhs.ordinal < rhs.ordinal
  }

  /// `value` in decimal, padded with leading zeros to `width` digits.
  static func padded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

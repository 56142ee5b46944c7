/// The stretch of time a report covers (*periode*): a month, a quarter, a year or a range of
/// months.
///
/// Written `2026-10` (a month), `2026-Q4` (a quarter), `2026` (a year) or `2025-11..2026-10`
/// (a range). `monthCount` is the rubric's `m`; sums run over `months`, snapshots look back
/// from `lastMonth`.
package enum Period: Hashable, Sendable, CustomStringConvertible, Comparable {
  /// One calendar month, such as October 2026 (`2026-10`).
  case month(Month)
  /// One quarter of a year, `quarter` from 1 to 4, such as `2026-Q4` (October to December).
  case quarter(year: Int, quarter: Int)
  /// One calendar year, such as `2026` (January to December).
  case year(Int)
  /// The months from `first` to `last`, both included, such as `2025-11..2026-10`.
  ///
  /// Build it with `Period.range(from:to:)`, which keeps `first` before `last` and turns a
  /// one-month range into `.month`.
  case months(first: Month, last: Month)

  /// The first month of the period: `2026-10` for `2026-Q4`, `2026-01` for `2026`.
  package var firstMonth: Month {
    switch self {
    case .month(let month): return month
    case .quarter(let year, let quarter): return Self.month(year, (quarter - 1) * 3 + 1)
    case .year(let year): return Self.month(year, 1)
    case .months(let first, _): return first
    }
  }

  /// The last month of the period, from which snapshots are taken: `2026-12` for `2026-Q4`.
  package var lastMonth: Month {
    firstMonth.advanced(by: monthCount - 1)
  }

  /// The number of months in the period (the rubric's `m`): 1, 3, 12, or a range's length.
  package var monthCount: Int {
    switch self {
    case .month: return 1
    case .quarter: return 3
    case .year: return 12
    case .months(let first, let last): return first.distance(to: last) + 1
    }
  }

  /// The months from `first` to `last`: `.month(first)` when they are equal, `nil` when `last`
  /// comes before `first`.
  package static func range(from first: Month, to last: Month) -> Period? {
    guard first <= last else { return nil }
    return first == last ? .month(first) : .months(first: first, last: last)
  }

  /// The 12 months ending with `last`, starting no earlier than `dataStart` (the earliest
  /// month with data), so shorter where the data is shorter: the period of the 12-month KPI.
  ///
  /// `2026-10` with data from 2024 gives `2025-11..2026-10`; with data from `2026-06` it gives
  /// `2026-06..2026-10`. A `dataStart` after `last` gives `.month(last)`.
  package static func trailingYear(endingWith last: Month, dataStart: Month?) -> Period {
    var first = last.advanced(by: -11)
    if let dataStart, dataStart > first { first = min(dataStart, last) }
    return range(from: first, to: last) ?? .month(last)
  }

  /// The months of the period in order.
  package var months: [Month] {
    (0..<monthCount).map { firstMonth.advanced(by: $0) }
  }

  /// Whether `month` lies within the period.
  package func contains(_ month: Month) -> Bool {
    firstMonth <= month && month <= lastMonth
  }

  /// The period of the same length just before this one.
  ///
  /// `2026-01` gives `2025-12`, `2026-Q1` gives `2025-Q4`, `2026` gives `2025`, and
  /// `2025-11..2026-10` gives `2024-11..2025-10`.
  /// Precondition: the result lies within the years 1...9999.
  package var previous: Period {
    switch self {
    case .month(let month): return .month(month.previous)
    case .quarter(let year, let quarter):
      precondition(year > 1 || quarter > 1, "period before the year 1")
      return quarter == 1
        ? .quarter(year: year - 1, quarter: 4) : .quarter(year: year, quarter: quarter - 1)
    case .year(let year):
      precondition(year > 1, "period before the year 1")
      return .year(year - 1)
    case .months(let first, let last):
      let length = monthCount
      return .months(first: first.advanced(by: -length), last: last.advanced(by: -length))
    }
  }

  /// The 12 months ending with the period's last month, oldest first.
  ///
  /// The window of snapshots, of the `partners` indicator and of the monthly series:
  /// for `2026-Q4` it is `2026-01` to `2026-12`, for `2026-03` it is `2025-04` to `2026-03`.
  package var trailingTwelveMonths: [Month] {
    (0..<12).map { lastMonth.advanced(by: $0 - 11) }
  }

  /// The months from January of the last month's year to the last month (year to date).
  ///
  /// The window of `budget_absorption`: `2026-01` to `2026-12` for `2026-Q4`, `2026-01` to
  /// `2026-03` for `2026-03`.
  package var yearToDateMonths: [Month] {
    let last = lastMonth
    return (1...last.month).map { Self.month(last.year, $0) }
  }

  /// The stable text form: `2026-10`, `2026-Q4`, `2026` or `2025-11..2026-10`.
  package var description: String {
    switch self {
    case .months(let first, let last): return "\(first)..\(last)"
    case .month(let month): return month.description
    case .quarter(let year, let quarter): return Month.padded(year, width: 4) + "-Q\(quarter)"
    case .year(let year): return Month.padded(year, width: 4)
    }
  }

  /// Periods order by their last month, then the shorter first.
  package static func < (lhs: Period, rhs: Period) -> Bool {
    (lhs.lastMonth, lhs.monthCount) < (rhs.lastMonth, rhs.monthCount)
  }

  private static func month(_ year: Int, _ month: Int) -> Month {
    guard let value = Month(year: year, month: month) else {
      preconditionFailure("period outside the years 1...9999")
    }
    return value
  }
}

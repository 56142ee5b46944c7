import ArgumentParser
import PustakaCore

/// How the commands parse the values of `--period` and `--shard`: once, as arguments, with the
/// reason in the error when a value is not one ("The value '2026-13' is invalid for '--period
/// <period>': "2026-13" is not a period: the month must be 01 to 12").
enum ArgumentParsing {
  /// `--period`: a month, a quarter, a year or a range of months.
  @Sendable static func period(_ text: String) throws -> Period {
    try Period(parsing: text)
  }

  /// `--period` of `pustaka template`: one month, `YYYY-MM`.
  @Sendable static func month(_ text: String) throws -> Month {
    let period = try Period(parsing: text)
    guard case .month(let month) = period else {
      throw ValidationError("\"\(text)\" is not one month; write it as YYYY-MM, such as 2026-10")
    }
    return month
  }

  /// `--shard I/N`.
  @Sendable static func shard(_ text: String) throws -> Shard {
    try Shard(parsing: text)
  }
}

/// An amount of money in Indonesian rupiah (*rupiah*, IDR), whole or with a fraction.
///
/// The data contract types `idr` as a number >= 0, so `Rp 987.654,50` is 987,654.5 rupiah.
/// Amounts are kept as a 64-bit count of ten-thousandths of a rupiah (`units`), so that sums
/// are exact up to about Rp 9.2 x 10^14 (past it, `+` stops and the budget totals saturate);
/// a `Double` is used only inside a statistic. A finer
/// fraction than 1/10,000 rupiah (no amount has one: the smallest coin was Rp 1, the sen long
/// gone) is rounded to the nearest unit when read. The largest amount is about 9.2 x 10^14
/// rupiah, far above the contract's Rp 10^12 per row.
package struct Rupiah: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Units in one rupiah.
  package static let unitsPerRupiah: Int64 = 10_000

  /// The amount in ten-thousandths of a rupiah.
  package var units: Int64

  /// Creates an amount of `whole` rupiah; precondition: `whole` is within about
  /// ±9.2 x 10^14, the range `units` holds.
  package init(_ whole: Int64) {
    let (units, overflow) = whole.multipliedReportingOverflow(by: Self.unitsPerRupiah)
    precondition(!overflow, "Rp \(whole) is beyond the amounts Rupiah holds")
    self.units = units
  }

  /// Creates an amount of `units` ten-thousandths of a rupiah.
  package init(units: Int64) {
    self.units = units
  }

  /// No money at all.
  package static let zero = Rupiah(units: 0)

  /// The amount in rupiah, for statistics and cells: 987654.5 for `Rp 987.654,50`.
  package var amount: Double { Double(units) / Double(Self.unitsPerRupiah) }

  /// The amount as digits without grouping, with `.` before a fraction: `1500000`,
  /// `987654.5`.
  package var description: String {
    let sign = units < 0 ? "-" : ""
    let magnitude = units.magnitude
    let perRupiah = UInt64(Self.unitsPerRupiah)
    let whole = magnitude / perRupiah
    let fraction = magnitude % perRupiah
    guard fraction != 0 else { return sign + String(whole) }
    var digits = String(fraction)
    digits = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    while digits.hasSuffix("0") { digits.removeLast() }
    return "\(sign)\(whole).\(digits)"
  }

  package static func < (lhs: Rupiah, rhs: Rupiah) -> Bool {
    lhs.units < rhs.units
  }

  /// The sum of two amounts; precondition: the sum fits in 64 bits.
  package static func + (lhs: Rupiah, rhs: Rupiah) -> Rupiah {
    let (sum, overflow) = lhs.units.addingReportingOverflow(rhs.units)
    precondition(!overflow, "rupiah sum overflows")
    return Rupiah(units: sum)
  }

  /// Adds `rhs` to `lhs`.
  package static func += (lhs: inout Rupiah, rhs: Rupiah) {
    lhs = lhs + rhs
  }
}

extension Sequence where Element == Rupiah {
  /// The sum of the amounts, zero for none.
  package func sum() -> Rupiah {
    reduce(.zero, +)
  }
}

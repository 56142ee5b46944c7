/// An amount of money in whole Indonesian rupiah (*rupiah*, IDR).
///
/// Amounts are kept as a 64-bit whole number so that sums are exact; a `Double` is used only
/// inside a statistic. The largest amount is about 9.2 x 10^18 rupiah.
package struct Rupiah: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The amount in whole rupiah.
  package var amount: Int64

  /// Creates an amount of `amount` whole rupiah.
  package init(_ amount: Int64) {
    self.amount = amount
  }

  /// No money at all.
  package static let zero = Rupiah(0)

  /// The amount as digits without grouping, such as `1500000`.
  package var description: String { String(amount) }

  package static func < (lhs: Rupiah, rhs: Rupiah) -> Bool {
    lhs.amount < rhs.amount
  }

  /// The sum of two amounts; precondition: the sum fits in 64 bits.
  package static func + (lhs: Rupiah, rhs: Rupiah) -> Rupiah {
    let (sum, overflow) = lhs.amount.addingReportingOverflow(rhs.amount)
    precondition(!overflow, "rupiah sum overflows")
    return Rupiah(sum)
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

/// Distinct partners (*mitra*) of one library, each a small number that the index gives the
/// library's distinct partner keys (`NameFolding.partnerKey`) in reading order.
///
/// A set of numbers instead of keys, so that counting a library's partners over 12 months is
/// a few bit operations instead of hashing each partner's name in each month: the first 64
/// partners of a library fit one word, and further words are allocated only beyond them.
package struct PartnerSet: Hashable, Sendable {
  private var first: UInt64 = 0
  private var rest: [UInt64] = []

  /// No partners.
  package init() {}

  /// The set holding `number` alone.
  package init(_ number: Int) {
    insert(number)
  }

  /// Adds the partner numbered `number` (0 or more).
  package mutating func insert(_ number: Int) {
    let bit = UInt64(1) << UInt64(number % 64)
    guard number >= 64 else {
      first |= bit
      return
    }
    let word = number / 64 - 1
    if word >= rest.count {
      rest.append(contentsOf: repeatElement(0, count: word - rest.count + 1))
    }
    rest[word] |= bit
  }

  /// Adds the partners of `other`.
  package mutating func formUnion(_ other: PartnerSet) {
    first |= other.first
    guard !other.rest.isEmpty else { return }
    if other.rest.count > rest.count {
      rest.append(contentsOf: repeatElement(0, count: other.rest.count - rest.count))
    }
    for (word, bits) in other.rest.enumerated() { rest[word] |= bits }
  }

  /// How many partners the set holds.
  package var count: Int {
    rest.reduce(first.nonzeroBitCount) { $0 + $1.nonzeroBitCount }
  }
}

extension PartnerSet: MonthlyTotal {
  /// Adds the partners of `other` (a union: partners are counted once).
  package mutating func add(_ other: PartnerSet) {
    formUnion(other)
  }
}

import PustakaCore

/// What the sample generator makes (*opsi data contoh*): how many libraries, regencies and
/// months, ending when, from which seed.
///
/// The defaults give Kabupaten Ngawi as it is: 217 libraries in 19 districts, 24 months ending
/// October 2026.
package struct SampleOptions: Hashable, Sendable {
  /// The number of libraries, one per village, over all regencies.
  package var libraries: Int
  /// The number of regencies (*kabupaten/kota*) in the one province; the first is Ngawi.
  package var regencies: Int
  /// The number of months of data.
  package var months: Int
  /// The last month of data.
  package var end: Month
  /// The seed of every random choice; the same options give the same data.
  package var seed: UInt64

  /// The default number of libraries: Ngawi's 217 villages.
  package static let defaultLibraries = 217
  /// The default number of months.
  package static let defaultMonths = 24
  /// The default last month, October 2026.
  package static var defaultEnd: Month {
    guard let month = Month(year: 2026, month: 10) else {
      preconditionFailure("2026-10 is a month")
    }
    return month
  }
  /// The default seed.
  package static let defaultSeed: UInt64 = 3521

  /// Creates options; leaving everything out gives the committed Ngawi sample.
  ///
  /// Preconditions: `libraries >= regencies >= 1`, `months >= 1`.
  package init(
    libraries: Int = defaultLibraries, regencies: Int = 1, months: Int = defaultMonths,
    end: Month? = nil, seed: UInt64 = defaultSeed
  ) {
    precondition(regencies >= 1 && libraries >= regencies, "need at least one library a regency")
    precondition(months >= 1, "need at least one month")
    self.libraries = libraries
    self.regencies = regencies
    self.months = months
    self.end = end ?? Self.defaultEnd
    self.seed = seed
  }

  /// The first month of data.
  package var start: Month { end.advanced(by: -(months - 1)) }

  /// The months of data in order.
  package var allMonths: [Month] { (0..<months).map { start.advanced(by: $0) } }
}

import PustakaCore

@testable import PustakaSample

/// The default sample, generated once for all the sample tests.
enum SampleFixtures {
  /// Kabupaten Ngawi, 24 months ending 2026-10, the default seed.
  static let ngawi = SampleGenerator(options: SampleOptions()).dataSet()

  /// The twelve months ending with the sample's last month.
  static var lastYear: [Month] {
    (0..<12).map { SampleOptions.defaultEnd.advanced(by: $0 - 11) }
  }
}

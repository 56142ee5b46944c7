import PustakaCore

/// Generates a realistic, reproducible data set of village libraries (*data contoh*): the six
/// tables of the data contract for Kabupaten Ngawi or for many regencies.
///
/// The generator is pure: the same options give the same rows on every platform. Each library
/// draws from streams derived from the seed and its position, so `sample(at:)` can be called
/// in any order, or in chunks, and gives the same rows as `dataSet()`.
///
/// ```swift
/// let generator = SampleGenerator(options: SampleOptions())  // Ngawi, 24 months to 2026-10
/// let data = generator.dataSet()                              // 217 libraries
/// ```
package struct SampleGenerator: Sendable {
  /// What is generated.
  package let options: SampleOptions
  private let sites: [SampleSite]
  private let calendar: SampleCalendar

  /// Lays out the regencies, districts and villages of `options`.
  package init(options: SampleOptions) {
    self.options = options
    sites = SampleGeography.sites(for: options)
    calendar = SampleCalendar(months: options.allMonths)
  }

  /// The number of libraries.
  package var libraryCount: Int { sites.count }

  /// The `libraries` table: one row per library, regency by regency and district by district.
  package var libraries: [VillageLibrary] {
    sites.indices.map { simulator(at: $0).library }
  }

  /// The rows of all six tables for the library at position `index` (0 ..< `libraryCount`).
  package func sample(at index: Int) -> LibrarySample {
    simulator(at: index).run()
  }

  /// The whole data set: every library's rows, table by table, in library order.
  package func dataSet() -> DataSet {
    DataSet(sites.indices.map { sample(at: $0) })
  }

  private func simulator(at index: Int) -> LibrarySimulator {
    LibrarySimulator(site: sites[index], index: index, options: options, calendar: calendar)
  }
}

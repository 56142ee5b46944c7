/// The literacy index of one area (a district, or a regency), with its seven elements.
package struct IPLMEntry: Hashable, Sendable {
  /// The regency, as first spelt.
  package var regency: String
  /// The district, as first spelt; `nil` for a regency's own index.
  package var district: String?
  /// Libraries in the area (all in the data).
  package var libraries: Int
  /// Libraries reporting in the period.
  package var reporting: Int
  /// The area's population: its villages with a library, each once.
  package var population: Int
  /// The seven raw elements in `IPLMElement` order; `nil` where missing.
  package var raw: [Double?]
  /// The seven normalised elements (0 to 1) across the areas compared.
  package var normalised: [Double]

  /// The index from 0 to 100: the mean of the normalised elements x 100 (full precision).
  package var index: Double { IPLMCalculator.index(normalised: normalised) }

  /// The index's category.
  package var category: IPLMCategory { IPLMCategory(index: index) }
}

/// The literacy indexes of a period: every district, and every regency when there are several.
package struct IPLMReport: Hashable, Sendable {
  /// The period.
  package var period: Period
  /// The districts, per regency in order of first appearance, normalised within their regency.
  package var districts: [IPLMEntry]
  /// The regencies, normalised across regencies; empty when the data holds only one.
  package var regencies: [IPLMEntry]
}

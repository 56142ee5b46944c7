/// The category of a literacy index (*kategori IPLM*), decided on the unrounded index.
///
/// Below 30 *sangat rendah*, below 50 *rendah*, below 80 *sedang*, below 90 *tinggi*, else
/// *sangat tinggi*: 62.9696 is *sedang*.
package enum IPLMCategory: String, CaseIterable, Hashable, Sendable {
  /// Index below 30 (*sangat rendah*, very low).
  case veryLow = "sangat rendah"
  /// Index from 30 to below 50 (*rendah*, low).
  case low = "rendah"
  /// Index from 50 to below 80 (*sedang*, medium).
  case medium = "sedang"
  /// Index from 80 to below 90 (*tinggi*, high).
  case high = "tinggi"
  /// Index 90 or more (*sangat tinggi*, very high).
  case veryHigh = "sangat tinggi"

  /// The category of `index` (0-100, unrounded).
  package init(index: Double) {
    switch index {
    case ..<30: self = .veryLow
    case ..<50: self = .low
    case ..<80: self = .medium
    case ..<90: self = .high
    default: self = .veryHigh
    }
  }

  /// The category's label in both languages, such as *sedang* / medium.
  package var label: LocalizedText {
    let english: String
    switch self {
    case .veryLow: english = "very low"
    case .low: english = "low"
    case .medium: english = "medium"
    case .high: english = "high"
    case .veryHigh: english = "very high"
    }
    return LocalizedText(indonesian: rawValue, english: english)
  }
}

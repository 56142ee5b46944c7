import PustakaCore
import XLSXWriter

/// Colours for the categories the detail sheets chart, so that a budget category, a
/// collection category or an activity type looks the same in every workbook.
///
/// Taken from the Okabe-Ito palette like the area colours, in the same order for every
/// enumeration, with grey for "other".
extension ReportPalette {
  /// The palette in order: blue, orange, reddish purple, bluish green, sky blue, vermillion.
  static let categoryColors: [Color] = [
    Color(rgb: 0x00_72B2), Color(rgb: 0xE6_9F00), Color(rgb: 0xCC_79A7), Color(rgb: 0x00_9E73),
    Color(rgb: 0x56_B4E9), Color(rgb: 0xD5_5E00),
  ]

  /// Grey, for "other".
  static let otherCategory = Color(rgb: 0x99_9999)

  /// The colour of a budget category.
  package static func color(_ category: BudgetCategory) -> Color {
    color(at: BudgetCategory.allCases.firstIndex(of: category))
  }

  /// The colour of a funding source ("other" in grey).
  package static func color(_ source: FundingSource) -> Color {
    source == .other ? otherCategory : color(at: FundingSource.allCases.firstIndex(of: source))
  }

  /// The colour of a collection category ("other" in grey).
  package static func color(_ category: CollectionCategory) -> Color {
    category == .other
      ? otherCategory : color(at: CollectionCategory.allCases.firstIndex(of: category))
  }

  /// The colour of an activity type ("other" in grey).
  package static func color(_ type: ActivityType) -> Color {
    type == .other ? otherCategory : color(at: ActivityType.allCases.firstIndex(of: type))
  }

  private static func color(at index: Int?) -> Color {
    categoryColors[(index ?? 0) % categoryColors.count]
  }
}

/// Every fixed text of the report workbooks in one language: sheet names, titles, column
/// headers, chart titles and notes.
///
/// All strings live in `ReportLabels+Indonesian.swift` and `ReportLabels+English.swift`, one
/// file per language, never as literals in the sheet builders. Grade and area names come from
/// the rubric, which carries both languages.
package struct ReportLabels: Sendable {
  /// The language of these labels.
  package var language: ReportLanguage

  // MARK: - Sheet names (at most 31 characters)

  /// The summary sheet.
  package var summarySheet: String
  /// The ranking sheet.
  package var rankingSheet: String
  /// The districts sheet.
  package var districtsSheet: String
  /// The indicators sheet.
  package var indicatorsSheet: String
  /// The trends sheet.
  package var trendsSheet: String
  /// The budget sheet.
  package var budgetSheet: String
  /// The collection sheet.
  package var collectionSheet: String
  /// The activities sheet.
  package var activitiesSheet: String
  /// The data-quality sheet.
  package var dataQualitySheet: String
  /// The method sheet.
  package var methodSheet: String
  /// The library report card's front sheet.
  package var cardSheet: String
  /// The data sheet behind the report card's charts.
  package var cardDataSheet: String

  // MARK: - Shared words

  /// The start of every regency and district workbook's title.
  package var workbookTitle: String
  /// The words around a regency's name: ("Kabupaten ", "") or ("", " Regency").
  package var regencyWords: (before: String, after: String)
  /// The words around a district's name: ("Kecamatan ", "") or ("", " District").
  package var districtWords: (before: String, after: String)
  /// "Periode" before a period.
  package var periodPrefix: String
  /// The months' names in words, January first: "Oktober" or "October".
  package var monthNames: [String]
  /// The quarters' names, the first quarter first: "Triwulan I" or "Q1".
  package var quarterNames: [String]
  /// "Halaman" in the page footer.
  package var page: String
  /// "dari" in "page 1 of 3".
  package var pageOf: String
  /// Shown where a value is missing.
  package var missing: String
  /// Yes.
  package var yes: String
  /// No.
  package var no: String
}

extension ReportLabels {
  /// The labels of `language`.
  package static func of(_ language: ReportLanguage) -> ReportLabels {
    switch language {
    case .indonesian: return .indonesian
    case .english: return .english
    }
  }
}

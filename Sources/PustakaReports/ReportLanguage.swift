/// The language of a report's sheet names, headers and labels.
package enum ReportLanguage: String, CaseIterable, Sendable {
  /// Bahasa Indonesia, the default.
  case indonesian = "id"
  /// English.
  case english = "en"
}

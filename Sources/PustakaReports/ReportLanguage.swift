import PustakaCore

/// The language of a report's sheet names, headers and labels.
package enum ReportLanguage: String, CaseIterable, Sendable {
  /// Bahasa Indonesia, the default.
  case indonesian = "id"
  /// English.
  case english = "en"
}

extension LocalizedText {
  /// The text in `language`.
  package func text(in language: ReportLanguage) -> String {
    language == .indonesian ? indonesian : english
  }
}

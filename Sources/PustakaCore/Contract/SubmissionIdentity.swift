import Foundation

/// The library and month a data-entry template was written for, which its returned rows must
/// match.
///
/// The template carries them as custom document properties (`WorkbookMarks`), which Excel,
/// LibreOffice and WPS keep when the file is saved again. A template written with `--blank`,
/// for a library not yet in the register, names the month only.
package struct SubmissionIdentity: Hashable, Sendable {
  /// The library, or `nil` for a blank template.
  package let libraryID: LibraryID?
  /// The month every dated row must fall in.
  package let month: Month
  /// The language the template was written in (`id` or `en`), or `nil` when it names none.
  package let language: String?

  /// An identity for `month`, of `libraryID` unless the template is blank, written in
  /// `language`.
  package init(libraryID: LibraryID?, month: Month, language: String? = nil) {
    self.libraryID = libraryID
    self.month = month
    self.language = language
  }

  /// The identity a workbook's custom properties state, or `nil` when the workbook is not a
  /// submission template or names no readable month.
  package init?(customProperties: [String: String]) {
    func value(_ name: String) -> String? {
      customProperties[name]?.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    guard value(WorkbookMarks.kind) == WorkbookMarks.submission,
      let text = value(WorkbookMarks.month),
      case .month(let month) = try? Period(parsing: text)
    else { return nil }
    let id = value(WorkbookMarks.libraryID) ?? ""
    let language = value(WorkbookMarks.language) ?? ""
    self.init(
      libraryID: id.isEmpty ? nil : LibraryID(id), month: month,
      language: language.isEmpty ? nil : language)
  }

  /// The custom properties that state this identity.
  package var customProperties: [(String, String)] {
    [
      (WorkbookMarks.kind, WorkbookMarks.submission),
      (WorkbookMarks.libraryID, libraryID?.rawValue ?? ""),
      (WorkbookMarks.month, month.description),
    ] + (language.map { [(WorkbookMarks.language, $0)] } ?? [])
  }
}

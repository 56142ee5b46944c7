/// The custom document properties by which pustaka tells its own workbooks apart
/// (data-contract.md, "Files").
///
/// Every report a run writes carries `pustaka_kind` = `report` and is never read as input;
/// data-entry templates carry `submission`, with the library and month they were written for.
package enum WorkbookMarks {
  /// The property naming what a workbook is.
  package static let kind = "pustaka_kind"
  /// The kind of a report written by a run.
  package static let report = "report"
  /// The kind of a data-entry template or sample submission.
  package static let submission = "submission"
  /// The property holding the library a template was written for.
  package static let libraryID = "pustaka_library_id"
  /// The property holding the month a template was written for, `YYYY-MM`.
  package static let month = "pustaka_month"
  /// The property holding the language a template was written in, `id` or `en`, in which
  /// feedback on it is written.
  package static let language = "pustaka_language"
}

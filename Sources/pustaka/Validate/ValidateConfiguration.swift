import Foundation
import PustakaReports

/// The resolved settings of one `pustaka validate` run.
struct ValidateConfiguration: Sendable {
  /// The data path as given, used as the prefix of every file name printed.
  var dataPath: String
  /// Whether warnings fail the run.
  var strict: Bool
  /// The report format.
  var format: Validate.Format
  /// The folder to write one feedback note per file with problems into, if asked.
  var feedbackPath: String? = nil
  /// The language of the notes on files that do not state their own (CSV files, workbooks
  /// not written by `pustaka template`).
  var feedbackLanguage: ReportLanguage = .indonesian

  /// The data path as a file URL.
  var dataURL: URL { URL(fileURLWithPath: dataPath) }
}

import Foundation

/// The resolved settings of one `pustaka validate` run.
struct ValidateConfiguration: Sendable {
  /// The data path as given, used as the prefix of every file name printed.
  var dataPath: String
  /// Whether warnings fail the run.
  var strict: Bool
  /// The report format.
  var format: Validate.Format

  /// The data path as a file URL.
  var dataURL: URL { URL(fileURLWithPath: dataPath) }
}

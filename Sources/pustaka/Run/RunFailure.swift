import Foundation

/// What stops a run of `pustaka run` before its reports are complete; each case prints as
/// one line saying what to do.
enum RunFailure: Error, CustomStringConvertible, Equatable {
  /// The data folder, the libraries table or an input file is missing or unreadable.
  case inputMissing(String)
  /// The rubric file cannot be read.
  case rubricUnreadable(String)
  /// The rubric file is malformed.
  case rubricMalformed(String)
  /// `--strict` and the data has rejected rows or warnings.
  case strictDataProblems(rejected: Int, warnings: Int, dataPath: String)
  /// The data has no attendance rows, so no period can be chosen.
  case noAttendance(dataPath: String)
  /// The period asked for has no attendance row; `latest` is the data's default period.
  case noAttendanceInPeriod(period: String, latest: String)
  /// The output folder (or a file in it) cannot be created or written.
  case outputUnwritable(path: String, reason: String)
  /// A workbook could not be written.
  case workbookFailed(path: String, reason: String)
  /// Another run holds the output folder's lock.
  case locked(path: String, holder: Int32?)

  var description: String {
    switch self {
    case .inputMissing(let message), .rubricUnreadable(let message),
      .rubricMalformed(let message):
      return message
    case .strictDataProblems(let rejected, let warnings, let dataPath):
      return
        "--strict: \(rejected) rows rejected and \(warnings) warnings, so no reports were "
        + "written; fix the files listed by 'pustaka validate --data \(dataPath)' and run again"
    case .noAttendance(let dataPath):
      return
        "'\(dataPath)' has no attendance rows, so there is no period to report; add the "
        + "attendance files or pass --period"
    case .noAttendanceInPeriod(let period, let latest):
      return
        "no attendance in \(period); the latest month with data is \(latest); check the "
        + "attendance files or pass --period \(latest)"
    case .outputUnwritable(let path, let reason):
      return "cannot write reports to '\(path)': \(reason); choose a writable folder with --out"
    case .workbookFailed(let path, let reason):
      return "cannot write '\(path)': \(reason)"
    case .locked(let path, let holder):
      let who = holder.map { "process \($0)" } ?? "another run"
      return
        "\(who) is already writing reports here (lock '\(path)'); wait for it to finish and "
        + "run again"
    }
  }
}

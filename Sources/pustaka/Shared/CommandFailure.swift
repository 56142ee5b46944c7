import Foundation
import PustakaIngest

/// What stops any command of `pustaka` before it has done its work.
///
/// Every command throws these, `StandardError` prints them in one form and
/// `ExitStatus(_:)` maps them to the documented exit status. A failure that belongs to a file
/// (a malformed rubric, a data folder without a libraries table) has a `location` and prints
/// compiler-style, `bad.yaml:7: error: ...`; the others print `pustaka: error: ...`.
enum CommandFailure: Error, CustomStringConvertible, Equatable {
  /// The data path cannot be loaded (missing, or not a folder nor a workbook); `path` is the
  /// data path as typed.
  case dataUnreadable(IngestError)
  /// No file or sheet provided the `libraries` table; `unreadable` lists the libraries files
  /// that exist but cannot be read.
  case noLibrariesTable(dataPath: String, unreadable: [String])
  /// `--strict` and some input files cannot be read.
  case strictUnreadable(files: [String], dataPath: String)
  /// The rubric file cannot be read or is malformed.
  case rubric(RubricFileError)
  /// `--strict` and the data has rejected rows or warnings (printed above the failure).
  case strictDataProblems(rejected: Int, warnings: Int)
  /// The data has no attendance rows, so no period can be chosen.
  case noAttendance(dataPath: String)
  /// The period asked for has no attendance row; `latest` is the data's default period.
  case noAttendanceInPeriod(period: String, latest: String)
  /// The output folder (or a file in it) cannot be created or written.
  case outputUnwritable(path: String, reason: String)
  /// A folder asked for with `--out` (of `pustaka sample`) cannot be created.
  case folderUncreatable(path: String, reason: String)
  /// A file of the output (a workbook, a sample table) could not be written.
  case fileUnwritable(path: String, reason: String)
  /// Another run holds the output folder's lock.
  case locked(path: String, holder: Int32?)

  /// The file (with its line, when known) the failure belongs to, for a compiler-style line.
  var location: String? {
    switch self {
    case .noLibrariesTable(let dataPath, _): return dataPath
    case .rubric(.malformed(let file, let line, _)): return line.map { "\(file):\($0)" } ?? file
    default: return nil
    }
  }

  /// What went wrong and what to do, without the location.
  var message: String {
    switch self {
    case .dataUnreadable(let error):
      return error.description
    case .noLibrariesTable(_, let unreadable):
      guard unreadable.isEmpty else {
        let files = unreadable.map { "'\($0)'" }.joined(separator: ", ")
        return "no libraries table could be read: \(files) cannot be read (see the error above)"
      }
      return "no libraries table; add libraries.csv (or perpustakaan.csv, or a sheet named "
        + "libraries)"
    case .strictUnreadable(let files, let dataPath):
      let names = files.map { "'\($0)'" }.joined(separator: ", ")
      return "--strict: cannot read \(names) in '\(dataPath)', so nothing was done; fix the "
        + "files named above and run again"
    case .rubric(.malformed(_, _, let message)):
      return message
    case .rubric(let error):
      return error.description
    case .strictDataProblems(let rejected, let warnings):
      return "--strict: \(rejected) rows rejected and \(warnings) warnings, so nothing was done; "
        + "fix the files listed above and run again"
    case .noAttendance(let dataPath):
      return "'\(dataPath)' has no attendance rows, so there is no period to report; add the "
        + "attendance files or pass --period"
    case .noAttendanceInPeriod(let period, let latest):
      return "no attendance in \(period); the latest month with data is \(latest); check the "
        + "attendance files or pass --period \(latest)"
    case .outputUnwritable(let path, let reason):
      return "cannot write reports to '\(path)': \(reason); choose a writable folder with --out"
    case .folderUncreatable(let path, let reason):
      return "cannot create the folder '\(path)': \(reason)"
    case .fileUnwritable(let path, let reason):
      return "cannot write '\(path)': \(reason)"
    case .locked(let path, let holder):
      let who = holder.map { "process \($0)" } ?? "another run"
      return "\(who) is already writing reports here (lock '\(path)'); wait for it to finish "
        + "and run again"
    }
  }

  /// The failure as one line, `location: message` or the message alone.
  var description: String {
    location.map { "\($0): \(message)" } ?? message
  }

  /// The same failure with paths under the output folder named as the user typed `--out`.
  ///
  /// - Parameter display: How output paths are shown.
  func naming(output display: OutputPathDisplay) -> CommandFailure {
    switch self {
    case .outputUnwritable(let path, let reason):
      return .outputUnwritable(path: display.path(path), reason: reason)
    case .folderUncreatable(let path, let reason):
      return .folderUncreatable(path: display.path(path), reason: reason)
    case .fileUnwritable(let path, let reason):
      return .fileUnwritable(path: display.path(path), reason: reason)
    case .locked(let path, let holder):
      return .locked(path: display.path(path), holder: holder)
    default:
      return self
    }
  }
}

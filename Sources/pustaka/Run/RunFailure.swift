import Foundation

/// What stops a run of `pustaka run` before its reports are complete.
enum RunFailure: Error, CustomStringConvertible, Equatable {
  /// The output folder (or a file in it) cannot be created or written.
  case outputUnwritable(path: String, reason: String)
  /// Another run holds the output folder's lock.
  case locked(path: String, holder: Int32?)

  var description: String {
    switch self {
    case .outputUnwritable(let path, let reason):
      return
        "cannot write reports to '\(path)': \(reason); choose a writable folder with --out"
    case .locked(let path, let holder):
      let who = holder.map { "process \($0)" } ?? "another run"
      return
        "\(who) is already writing reports here (lock '\(path)'); wait for it to finish and "
        + "run again"
    }
  }

}

import Foundation
import PustakaCore

/// The one printer of everything the commands write to standard error.
///
/// Two forms, as compilers print them: a line that belongs to a file is
/// `location: severity: message` (`data/budget.csv:7:5: error: spent_idr "-5000" is
/// negative`, `bad.yaml:7: error: ...`); a line of the command itself is
/// `pustaka: severity: message` (`pustaka: error: data folder 'x' does not exist ...`), and
/// progress is `pustaka: message`.
enum StandardError {
  /// How serious a line is; `info` carries no word.
  enum Level: String, Sendable {
    /// Progress and summaries.
    case info
    /// Something the user should know, such as which period was chosen.
    case note
    /// A problem that does not stop the command.
    case warning
    /// What stopped the command.
    case error
  }

  /// The line for `message` at `level`: compiler-style under `location`, else under
  /// `pustaka:`.
  static func line(_ level: Level, _ message: String, location: String? = nil) -> String {
    let word = level == .info ? "" : "\(level.rawValue): "
    return "\(location ?? "pustaka"): \(word)\(message)"
  }

  /// Prints `message` at `level`.
  static func print(_ level: Level, _ message: String) {
    write(line(level, message) + "\n")
  }

  /// The line of what stopped a command.
  static func line(_ failure: CommandFailure) -> String {
    line(.error, failure.message, location: failure.location)
  }

  /// Prints what stopped a command.
  static func print(_ failure: CommandFailure) {
    write(line(failure) + "\n")
  }

  /// Prints a data diagnostic compiler-style, its file named under the data path as typed.
  static func print(_ diagnostic: Diagnostic, dataPath: String) {
    write(DataPathDisplay.formatted(diagnostic, dataPath: dataPath) + "\n")
  }

  /// Writes `text` as it is, in one call (a progress line redrawn in place).
  static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}

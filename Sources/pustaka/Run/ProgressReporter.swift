import Foundation
import Logging

/// Tells the person at the terminal (or the log a scheduler keeps) how far a run has got.
///
/// On a terminal, one status line on stderr is redrawn in place per stage ("Writing
/// workbooks 12 of 237"); when stderr is not a terminal (cron, systemd, CI), each stage
/// start and end is a plain log line instead, and counts are logged every 10 %. With
/// `--quiet` nothing but errors is printed.
final class ProgressReporter: @unchecked Sendable {
  /// How much the run prints.
  enum Verbosity: Sendable {
    /// Errors only.
    case quiet
    /// Stages, counts and the final summary.
    case normal
    /// Also each file read and each workbook written.
    case verbose
  }

  private let verbosity: Verbosity
  private let isTerminal: Bool
  private let logger: Logger
  private let lock = NSLock()
  private var lineIsOpen = false
  private var lastLoggedTenth = -1

  /// Creates a reporter writing to stderr.
  init(verbosity: Verbosity, logger: Logger, isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
    self.verbosity = verbosity
    self.logger = logger
    self.isTerminal = isTerminal
  }

  /// Announces a stage ("Loading data").
  func begin(_ stage: String) {
    guard verbosity != .quiet else { return }
    lock.withLock {
      lastLoggedTenth = -1
      if isTerminal {
        redraw("\(stage)...")
      } else {
        logger.info("\(stage)...")
      }
    }
  }

  /// Reports `done` of `total` items of the current stage.
  func advance(_ stage: String, done: Int, total: Int) {
    guard verbosity != .quiet, total > 0 else { return }
    lock.withLock {
      if isTerminal {
        redraw("\(stage) \(done) of \(total)")
      } else {
        let tenth = done * 10 / total
        if tenth > lastLoggedTenth {
          lastLoggedTenth = tenth
          logger.info("\(stage) \(done) of \(total)")
        }
      }
    }
  }

  /// Closes a stage with a one-line result ("Loaded 118,204 rows in 0.41 s").
  func finish(_ summary: String) {
    guard verbosity != .quiet else { return }
    lock.withLock {
      if isTerminal {
        redraw(summary)
        StandardError.write("\n")
        lineIsOpen = false
      } else {
        logger.info("\(summary)")
      }
    }
  }

  /// A detail shown only with `--verbose`.
  func detail(_ message: String) {
    guard verbosity == .verbose else { return }
    lock.withLock {
      closeLine()
      logger.info("\(message)")
    }
  }

  /// A note shown unless `--quiet`, such as which period was chosen and why.
  func note(_ message: String) {
    guard verbosity != .quiet else { return }
    lock.withLock {
      closeLine()
      logger.notice("\(message)")
    }
  }

  /// A data diagnostic printed as it is, compiler-style (`libraries.csv:7:5: error: ...`).
  ///
  /// It carries its own severity, so no `warning:` prefix is added; `--quiet` keeps errors.
  func diagnostic(_ formatted: String) {
    guard verbosity != .quiet || formatted.contains(": error: ") else { return }
    lock.withLock {
      closeLine()
      StandardError.write(formatted + "\n")
    }
  }

  /// A warning shown unless `--quiet`.
  func warning(_ message: String) {
    guard verbosity != .quiet else { return }
    lock.withLock {
      closeLine()
      logger.warning("\(message)")
    }
  }

  /// Ends a status line left open on the terminal, so that a failure prints on a line of
  /// its own.
  func endLine() {
    lock.withLock { closeLine() }
  }

  private func redraw(_ text: String) {
    StandardError.write("\r\u{1B}[2K\(text)")
    lineIsOpen = true
  }

  private func closeLine() {
    guard lineIsOpen else { return }
    StandardError.write("\n")
    lineIsOpen = false
  }
}

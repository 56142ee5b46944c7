import Foundation
import Logging

/// A swift-log handler writing `pustaka: <level>: <message>` lines to stderr through the one
/// printer of every command, `StandardError`.
///
/// Plain lines without timestamps: cron mails them and systemd's journal adds its own time.
struct StandardErrorLogHandler: LogHandler {
  /// The lowest level printed.
  var logLevel: Logger.Level
  /// Metadata attached to every message (unused in output; kept for the protocol).
  var metadata: Logger.Metadata = [:]

  /// Creates a handler printing `logLevel` and above.
  init(logLevel: Logger.Level) {
    self.logLevel = logLevel
  }

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    let level: StandardError.Level
    switch event.level {
    case .trace, .debug, .info: level = .info
    case .notice: level = .note
    case .warning: level = .warning
    case .error, .critical: level = .error
    }
    StandardError.print(level, "\(event.message)")
  }
}

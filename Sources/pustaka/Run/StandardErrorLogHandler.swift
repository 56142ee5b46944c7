import Foundation
import Logging

/// A swift-log handler writing `pustaka: <level>: <message>` lines to stderr.
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
    let prefix: String
    switch event.level {
    case .trace, .debug, .info: prefix = "pustaka: "
    case .notice: prefix = "pustaka: note: "
    case .warning: prefix = "pustaka: warning: "
    case .error, .critical: prefix = "pustaka: error: "
    }
    FileHandle.standardError.write(Data("\(prefix)\(event.message)\n".utf8))
  }
}

import Foundation

/// Makes a folder refuse new files, even for root, for tests of failed writes.
///
/// Permission bits do not stop root, so when running as root the folder is also marked
/// immutable with `chattr +i`. `restore()` undoes both so the folder can be removed.
package struct ReadOnlyFolder {
  /// The folder made read-only.
  package let url: URL

  /// Makes `url` read-only.
  ///
  /// - Throws: `ReadOnlyFolderError` when the folder still accepts new files afterwards.
  package init(_ url: URL) throws {
    self.url = url
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: url.path)
    if geteuid() == 0 { _ = Self.run("/usr/bin/chattr", ["+i", url.path]) }
    let probe = url.appendingPathComponent(".probe")
    if FileManager.default.createFile(atPath: probe.path, contents: Data()) {
      try? FileManager.default.removeItem(at: probe)
      restore()
      throw ReadOnlyFolderError(path: url.path)
    }
  }

  /// Makes the folder writable again.
  package func restore() {
    if geteuid() == 0 { _ = Self.run("/usr/bin/chattr", ["-i", url.path]) }
    try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
  }

  private static func run(_ executable: String, _ arguments: [String]) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    do {
      try process.run()
      process.waitUntilExit()
      return process.terminationStatus
    } catch {
      return -1
    }
  }
}

/// The folder could not be made read-only on this machine.
package struct ReadOnlyFolderError: Error, CustomStringConvertible {
  /// The folder.
  package let path: String

  package var description: String {
    "cannot make '\(path)' read-only here (chattr unavailable?)"
  }
}

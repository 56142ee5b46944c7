import Foundation
import XLSXWriter

/// Folder operations with the system's own reason when they fail, for messages users can act
/// on ("Permission denied", "No space left on device").
enum Folders {
  /// Creates `url` and any missing parents, like `mkdir -p`.
  ///
  /// - Throws: `CommandFailure.outputUnwritable` naming the folder that could not be made.
  static func create(_ url: URL) throws(CommandFailure) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw .outputUnwritable(path: url.path, reason: "it is a file, not a folder")
      }
      return
    }
    let parent = url.deletingLastPathComponent()
    if parent.path != url.path { try create(parent) }
    guard mkdir(url.path, 0o755) == 0 || errno == EEXIST else {
      throw .outputUnwritable(path: url.path, reason: String(cString: strerror(errno)))
    }
  }

  /// Checks that a file can be created and written in `folder`, by writing and removing a
  /// small hidden probe file (`SafeFile.probe`, as the workbook writer probes its folders).
  ///
  /// - Throws: `CommandFailure.outputUnwritable` with the system's reason ("Read-only file
  ///   system", "No space left on device").
  static func checkWritable(_ folder: URL) throws(CommandFailure) {
    if let failure = SafeFile.probe(folder.path, size: 3) {
      throw .outputUnwritable(path: folder.path, reason: String(cString: strerror(failure)))
    }
  }

  /// Writes `data` to a new file at `url` and flushes it to disk (`SafeFile.writeFlushed`).
  ///
  /// - Throws: `CommandFailure.outputUnwritable` with the system's reason.
  static func writeFile(_ data: Data, to url: URL) throws(CommandFailure) {
    if let failure = SafeFile.writeFlushed(data, to: url.path) {
      throw .outputUnwritable(path: url.path, reason: String(cString: strerror(failure)))
    }
  }

  /// Writes `data` to `url` so that the file is whole or absent: under a hidden temporary
  /// name first, then renamed into place (`SafeFile.replace`).
  ///
  /// - Throws: `CommandFailure.outputUnwritable` with the system's reason.
  static func replaceFile(_ url: URL, with data: Data) throws(CommandFailure) {
    if let failure = SafeFile.replace(url.path, with: data) {
      throw .outputUnwritable(path: url.path, reason: String(cString: strerror(failure)))
    }
  }

  /// Removes `url` and everything in it, if it exists.
  static func remove(_ url: URL) throws(CommandFailure) {
    guard FileManager.default.fileExists(atPath: url.path) else { return }
    do {
      try FileManager.default.removeItem(at: url)
    } catch {
      throw .outputUnwritable(path: url.path, reason: "it cannot be removed")
    }
  }
}

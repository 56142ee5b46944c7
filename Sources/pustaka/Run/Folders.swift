import Foundation

/// Folder operations with the system's own reason when they fail, for messages users can act
/// on ("Permission denied", "No space left on device").
enum Folders {
  /// Creates `url` and any missing parents, like `mkdir -p`.
  ///
  /// - Throws: `RunFailure.outputUnwritable` naming the folder that could not be made.
  static func create(_ url: URL) throws(RunFailure) {
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

  /// Removes `url` and everything in it, if it exists.
  static func remove(_ url: URL) throws(RunFailure) {
    guard FileManager.default.fileExists(atPath: url.path) else { return }
    do {
      try FileManager.default.removeItem(at: url)
    } catch {
      throw .outputUnwritable(path: url.path, reason: "it cannot be removed")
    }
  }
}

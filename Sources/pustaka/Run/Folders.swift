import Foundation

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
  /// small hidden probe file.
  ///
  /// - Throws: `CommandFailure.outputUnwritable` with the system's reason ("Read-only file
  ///   system", "No space left on device").
  static func checkWritable(_ folder: URL) throws(CommandFailure) {
    let probe = folder.appendingPathComponent(".pustaka-probe-\(getpid())").path
    let descriptor = open(probe, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .outputUnwritable(path: folder.path, reason: String(cString: strerror(errno)))
    }
    defer { unlink(probe) }
    let written = write(descriptor, "ok\n", 3)
    let failure = errno
    let synced = written == 3 && fsync(descriptor) == 0
    let syncFailure = errno
    close(descriptor)
    guard synced else {
      let reason = written == 3 ? syncFailure : failure
      throw .outputUnwritable(path: folder.path, reason: String(cString: strerror(reason)))
    }
  }

  /// Writes `data` to a new file at `url` and flushes it to disk, so that a full disk or a
  /// failing device is an error here rather than a short file later.
  ///
  /// - Throws: `CommandFailure.outputUnwritable` with the system's reason.
  static func writeFile(_ data: Data, to url: URL) throws(CommandFailure) {
    let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .outputUnwritable(path: url.path, reason: String(cString: strerror(errno)))
    }
    var failure: Int32 = 0
    data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
      var offset = 0
      while offset < bytes.count, failure == 0, let base = bytes.baseAddress {
        let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
        if written > 0 {
          offset += written
        } else if written < 0, errno == EINTR {
          continue
        } else {
          failure = written < 0 ? errno : EIO
        }
      }
    }
    if failure == 0, fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0, failure == 0 { failure = errno }
    guard failure == 0 else {
      unlink(url.path)
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

import Foundation

/// An exclusive lock on an output folder, so two runs never write the same reports at once.
///
/// The lock is `flock` on `<output>/.pustaka.lock`: the kernel releases it when the process
/// ends, however it ends, so a killed run never leaves a stale lock behind. The file holds the
/// holder's process id for people who look.
final class RunLock {
  private let descriptor: Int32
  /// The lock file.
  let path: String

  /// Takes the lock on `folder`, creating the folder when needed.
  ///
  /// - Throws: `RunFailure.outputUnwritable` when the folder or lock file cannot be created,
  ///   `RunFailure.locked` when another run holds the lock.
  init(folder: URL) throws(RunFailure) {
    path = folder.appendingPathComponent(".pustaka.lock").path
    try Folders.create(folder)
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .outputUnwritable(path: folder.path, reason: String(cString: strerror(errno)))
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let failure = errno
      guard failure == EWOULDBLOCK else {
        // No lock support (some network file systems): not "another run", a folder problem.
        close(descriptor)
        throw .outputUnwritable(
          path: folder.path,
          reason: "the lock file cannot be locked (\(String(cString: strerror(failure))))")
      }
      let holder = (try? String(contentsOfFile: path, encoding: .utf8))?
        .trimmingCharacters(in: .whitespacesAndNewlines)
      close(descriptor)
      throw .locked(path: path, holder: holder.flatMap(Int32.init))
    }
    self.descriptor = descriptor
    _ = ftruncate(descriptor, 0)
    let pid = "\(getpid())\n"
    _ = pid.withCString { write(descriptor, $0, strlen($0)) }
  }

  /// Releases the lock.
  deinit {
    _ = flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}

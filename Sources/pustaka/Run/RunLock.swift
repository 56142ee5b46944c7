import Foundation

/// An exclusive lock on an output folder, so two runs never write the same reports at once.
///
/// The lock is `flock` on `<folder>/.pustaka.lock` (or another name): the kernel releases it
/// when the process ends, however it ends, so a killed run never leaves a stale lock behind.
/// An exclusive holder writes its process id into the file for people who look, and clears it
/// on release; shared holders (the shards of one split run) leave the file empty.
final class RunLock {
  private let descriptor: Int32
  private let isShared: Bool
  /// The lock file.
  let path: String

  /// Takes the lock `name` in `folder`, creating the folder when needed.
  ///
  /// - Parameters:
  ///   - folder: The folder the lock guards.
  ///   - name: The lock file's name.
  ///   - shared: Whether other shared holders may hold it at the same time (an exclusive
  ///     holder excludes everybody).
  /// - Throws: `CommandFailure.outputUnwritable` when the folder or lock file cannot be created,
  ///   `CommandFailure.locked` when another run holds the lock.
  init(folder: URL, name: String = ".pustaka.lock", shared: Bool = false) throws(CommandFailure) {
    path = folder.appendingPathComponent(name).path
    isShared = shared
    try Folders.create(folder)
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .outputUnwritable(path: folder.path, reason: String(cString: strerror(errno)))
    }
    guard flock(descriptor, (shared ? LOCK_SH : LOCK_EX) | LOCK_NB) == 0 else {
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
    guard !shared else { return }
    _ = ftruncate(descriptor, 0)
    let pid = "\(getpid())\n"
    _ = pid.withCString { write(descriptor, $0, strlen($0)) }
  }

  /// Releases the lock.
  deinit {
    if !isShared { _ = ftruncate(descriptor, 0) }
    _ = flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}

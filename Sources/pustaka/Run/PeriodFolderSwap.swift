import Foundation

/// Writes a period's reports into a staging folder and swaps it in only when all succeeded.
///
/// `reports/ngawi/2026-10` is built as `reports/ngawi/.2026-10.partial-<pid>`. `commit()`
/// exchanges the two folders in one atomic step (`AtomicExchange`), then deletes the old
/// reports, which now sit under the staging name. A run killed at any moment leaves the
/// period folder with either the old or the new reports; what it leaves under a hidden name
/// is cleaned up by the next run (`LeftoverFolders`). `discard()` removes the staging folder
/// after a failure.
///
/// On a file system that cannot exchange entries (`EINVAL`) or a system without
/// `renameat2`, the old folder is renamed aside to `.2026-10.previous-<pid>` and the staging
/// folder into place; a run killed between those two renames leaves no period folder, and the
/// next run puts the previous one back before anything else (`LeftoverFolders`).
struct PeriodFolderSwap {
  /// The final folder, such as `reports/ngawi/2026-10`.
  let destination: URL
  /// The folder being written.
  let staging: URL

  /// Prepares a fresh staging folder beside `destination`.
  ///
  /// - Throws: `CommandFailure.outputUnwritable` when the folder cannot be created.
  init(destination: URL) throws(CommandFailure) {
    self.destination = destination
    let parent = destination.deletingLastPathComponent()
    staging = parent.appendingPathComponent(
      LeftoverFolders.stagingName(for: destination.lastPathComponent), isDirectory: true)
    try Folders.create(parent)
    try Folders.remove(staging)
    try Folders.create(staging)
  }

  /// Puts the staging folder in place of the destination.
  ///
  /// - Throws: `CommandFailure.outputUnwritable` when the swap fails; the previous reports are
  ///   then still in place.
  func commit() throws(CommandFailure) {
    KillPoint.beforeSwap.reached()
    guard FileManager.default.fileExists(atPath: destination.path) else {
      try rename(staging, to: destination)
      return
    }
    switch AtomicExchange.exchange(staging.path, destination.path) {
    case nil:
      KillPoint.afterSwap.reached()
      // The old reports now sit under the staging name. Should they resist removal, the
      // new reports are in place all the same and the next run removes the rest.
      try? FileManager.default.removeItem(at: staging)
    case ENOSYS?, EINVAL?:
      try swapByTwoRenames()
    case let failure?:
      throw .outputUnwritable(path: destination.path, reason: String(cString: strerror(failure)))
    }
  }

  /// Removes the staging folder after a failure.
  func discard() {
    try? FileManager.default.removeItem(at: staging)
  }

  /// The swap where entries cannot be exchanged: old folder aside, new folder in, old removed.
  private func swapByTwoRenames() throws(CommandFailure) {
    let previous = destination.deletingLastPathComponent().appendingPathComponent(
      LeftoverFolders.previousName(for: destination.lastPathComponent), isDirectory: true)
    try rename(destination, to: previous)
    do throws(CommandFailure) {
      try rename(staging, to: destination)
    } catch {
      _ = Foundation.rename(previous.path, destination.path)
      throw error
    }
    try? FileManager.default.removeItem(at: previous)
  }

  private func rename(_ source: URL, to target: URL) throws(CommandFailure) {
    guard Foundation.rename(source.path, target.path) == 0 else {
      throw .outputUnwritable(path: target.path, reason: String(cString: strerror(errno)))
    }
  }
}

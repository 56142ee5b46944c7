import Foundation

/// Writes a period's reports into a staging folder and swaps it in only when all succeeded.
///
/// `reports/ngawi/2026-10` is built as `reports/ngawi/.2026-10.partial-<pid>`; `commit()`
/// moves the previous folder aside, renames the staging folder into place and deletes the
/// previous one. A failed or interrupted run leaves the previous reports of that period as
/// they were (`discard()` removes the staging folder; a killed run's leftover staging folder
/// is removed by the next run).
struct PeriodFolderSwap {
  /// The final folder, such as `reports/ngawi/2026-10`.
  let destination: URL
  /// The folder being written.
  let staging: URL

  /// Prepares a fresh staging folder beside `destination`, removing any left by killed runs.
  ///
  /// - Throws: `RunFailure.outputUnwritable` when the folder cannot be created.
  init(destination: URL) throws(RunFailure) {
    self.destination = destination
    let parent = destination.deletingLastPathComponent()
    let name = destination.lastPathComponent
    staging = parent.appendingPathComponent(".\(name).partial-\(getpid())", isDirectory: true)
    try Folders.create(parent)
    let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
    // A run killed between its two renames left the old reports aside and none in place:
    // put them back before anything else.
    if !FileManager.default.fileExists(atPath: destination.path),
      let previous = leftovers.sorted().last(where: { $0.hasPrefix(".\(name).previous-") })
    {
      guard rename(parent.appendingPathComponent(previous).path, destination.path) == 0 else {
        throw .outputUnwritable(path: destination.path, reason: String(cString: strerror(errno)))
      }
    }
    for leftover in leftovers
    where leftover.hasPrefix(".\(name).partial-") || leftover.hasPrefix(".\(name).previous-") {
      try Folders.remove(parent.appendingPathComponent(leftover))
    }
    try Folders.create(staging)
  }

  /// Puts the staging folder in place of the destination.
  ///
  /// - Throws: `RunFailure.outputUnwritable` when a rename fails; the previous reports are
  ///   then still in place.
  func commit() throws(RunFailure) {
    let parent = destination.deletingLastPathComponent()
    let previous = parent.appendingPathComponent(
      ".\(destination.lastPathComponent).previous-\(getpid())", isDirectory: true)
    let hadPrevious = FileManager.default.fileExists(atPath: destination.path)
    if hadPrevious {
      guard rename(destination.path, previous.path) == 0 else {
        throw .outputUnwritable(path: destination.path, reason: String(cString: strerror(errno)))
      }
    }
    guard rename(staging.path, destination.path) == 0 else {
      let reason = String(cString: strerror(errno))
      if hadPrevious { _ = rename(previous.path, destination.path) }
      throw .outputUnwritable(path: destination.path, reason: reason)
    }
    if hadPrevious { try? FileManager.default.removeItem(at: previous) }
  }

  /// Removes the staging folder after a failure.
  func discard() {
    try? FileManager.default.removeItem(at: staging)
  }
}

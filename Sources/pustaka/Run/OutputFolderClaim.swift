import Foundation

/// The run's claim on its output folder, taken before any data is loaded, so that a locked or
/// unwritable `--out` fails the run at once instead of after the whole load and scoring.
///
/// A whole run holds `<out>/.pustaka.lock` exclusively. The shards of a split run hold it
/// shared, so that they run side by side, plus `<out>/.pustaka-shard-I-of-N.lock`
/// exclusively, so that the same shard never runs twice at once. Each regency folder has its
/// own lock as well, taken once the data says which regencies the run writes.
struct OutputFolderClaim {
  private let locks: [RunLock]

  /// Creates `folder` when needed, checks that a file can be written in it, and takes the
  /// run's locks.
  ///
  /// - Throws: `CommandFailure.outputUnwritable` when the folder cannot be created or written,
  ///   `CommandFailure.locked` when another run holds it.
  init(folder: URL, shard: Shard) throws(CommandFailure) {
    try Folders.create(folder)
    try Folders.checkWritable(folder)
    if shard == .whole {
      locks = [try RunLock(folder: folder)]
    } else {
      locks = [
        try RunLock(folder: folder, shared: true),
        try RunLock(folder: folder, name: ".pustaka-shard-\(shard.index)-of-\(shard.count).lock"),
      ]
    }
  }

  /// Keeps the locks until the end of `body`.
  func holding<Result>(_ body: () throws(CommandFailure) -> Result) throws(CommandFailure) -> Result
  {
    try withExtendedLifetime(locks) { () throws(CommandFailure) in try body() }
  }
}

import Foundation

/// The hidden folders a run makes beside a period folder, and the clean-up of those that
/// killed or crashed runs left behind.
///
/// A run stages `2026-10` as `.2026-10.partial-<pid>`; where entries cannot be exchanged in
/// one step it also moves the old folder aside as `.2026-10.previous-<pid>` for a moment
/// (`PeriodFolderSwap`). A run killed with either in place leaves it there; the next run
/// over the same regency removes them before it writes, once it holds the regency's lock.
enum LeftoverFolders {
  /// What was done with one leftover folder.
  struct Cleaned: Equatable {
    /// The folder's name.
    var name: String
    /// Whether it held the previous reports and was put back in place (else it was removed).
    var restored: Bool
  }

  /// `.2026-10.partial-<this process id>`.
  static func stagingName(for period: String) -> String {
    ".\(period).partial-\(getpid())"
  }

  /// `.2026-10.previous-<this process id>`.
  static func previousName(for period: String) -> String {
    ".\(period).previous-\(getpid())"
  }

  /// Removes the staging folders of dead runs in `regencyFolder`, and puts back a period
  /// folder that a run killed in the middle of a two-rename swap left aside.
  ///
  /// Folders of a process that is still alive on this machine are left alone. Call it while
  /// holding the regency's `RunLock`, so that no other run can be writing there.
  ///
  /// - Returns: What was cleaned, in name order.
  /// - Throws: `CommandFailure.outputUnwritable` when a leftover cannot be removed or put back.
  static func clean(_ regencyFolder: URL) throws(CommandFailure) -> [Cleaned] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: regencyFolder.path)) ?? []
    var cleaned: [Cleaned] = []
    for name in names.sorted() {
      guard let leftover = Leftover(name), leftover.processID != getpid(),
        !isAlive(leftover.processID)
      else { continue }
      let url = regencyFolder.appendingPathComponent(name, isDirectory: true)
      let period = regencyFolder.appendingPathComponent(leftover.period, isDirectory: true)
      if leftover.isPrevious, !FileManager.default.fileExists(atPath: period.path) {
        guard rename(url.path, period.path) == 0 else {
          throw .outputUnwritable(path: period.path, reason: String(cString: strerror(errno)))
        }
        cleaned.append(Cleaned(name: name, restored: true))
        continue
      }
      try Folders.remove(url)
      cleaned.append(Cleaned(name: name, restored: false))
    }
    return cleaned
  }

  /// Whether process `id` exists on this machine (`kill(id, 0)` succeeds or is refused).
  private static func isAlive(_ id: Int32) -> Bool {
    kill(id, 0) == 0 || errno == EPERM
  }

  /// A parsed leftover name: `.<period>.partial-<pid>` or `.<period>.previous-<pid>`.
  private struct Leftover {
    var period: String
    var processID: Int32
    var isPrevious: Bool

    init?(_ name: String) {
      guard name.hasPrefix(".") else { return nil }
      for (marker, isPrevious) in [(".partial-", false), (".previous-", true)] {
        guard let range = name.range(of: marker, options: .backwards),
          let processID = Int32(name[range.upperBound...]), processID > 0
        else { continue }
        let period = String(name[name.index(after: name.startIndex)..<range.lowerBound])
        guard !period.isEmpty, !period.contains("/") else { return nil }
        self.period = period
        self.processID = processID
        self.isPrevious = isPrevious
        return
      }
      return nil
    }
  }
}

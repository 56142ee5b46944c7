import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The folder in which libxlsxwriter keeps one temporary file per part while it saves a
/// workbook, and the check that says what is wrong with it when saving fails.
///
/// The folder is always named explicitly: left unset, libxlsxwriter 1.1.4 falls back to
/// glibc's `tmpfile()`, which ignores `TMPDIR`. libxlsxwriter also does not check its writes
/// to these files, so a full folder gives parts that are empty or cut short, zipped with
/// matching checksums; `WorkbookWriter` therefore verifies the finished file and, when saving
/// fails or the file is incomplete, probes this folder to report the operating system's reason.
package struct TemporaryFolder: Sendable {
  /// How many bytes the probe writes: more than one part of a large report needs, so a folder
  /// that ran full while saving (and emptied again when libxlsxwriter removed its files) is
  /// still found full.
  package static let probeSize = 8 << 20

  /// The folder's path.
  package var path: String

  /// Writes a test file into the folder at `path` and removes it, returning `errno` of the
  /// first failure or `nil` when the folder took the file.
  ///
  /// The seam for fault injection: tests replace it to stand for a full, read-only or missing
  /// folder without needing one.
  package var probe: @Sendable (_ path: String) -> Int32?

  /// Creates the folder at `path`, checked by `probe` (by default a real test write).
  package init(
    path: String, probe: @escaping @Sendable (_ path: String) -> Int32? = TemporaryFolder.probeWrite
  ) {
    self.path = path
    self.probe = probe
  }

  /// The folder to use when nothing else is asked for, and the plain one to fall back to.
  ///
  /// When `TMPDIR` is set (and not empty), the user chose: that folder, with no fallback.
  /// Otherwise the memory file system `/dev/shm`, when it is a writable folder with at least
  /// `memoryMinimumFree` bytes free (creating and deleting libxlsxwriter's part files there
  /// costs no disk work), falling back to `/tmp` should a save there fail for the folder's
  /// sake; else `/tmp`.
  package static func standard(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    memory: String = memoryFolder
  ) -> (folder: TemporaryFolder, fallback: TemporaryFolder?) {
    let configured = environment["TMPDIR"] ?? ""
    if !configured.isEmpty { return (TemporaryFolder(path: configured), nil) }
    let disk = TemporaryFolder(path: "/tmp")
    let inMemory = TemporaryFolder(path: memory)
    guard inMemory.availabilityProblem() == nil,
      let free = inMemory.freeBytes(), free >= memoryMinimumFree
    else { return (disk, nil) }
    return (inMemory, disk)
  }

  /// The memory file system Linux mounts for every process.
  package static let memoryFolder = "/dev/shm"

  /// The free space the memory folder needs to be chosen: several times the part files of
  /// the largest workbook a run writes, for each of the jobs writing at once.
  package static let memoryMinimumFree: UInt64 = 256 << 20

  /// The bytes an unprivileged process may still write in the folder, or `nil` when the file
  /// system does not say.
  package func freeBytes() -> UInt64? {
    var status = statvfs()
    guard statvfs(path, &status) == 0 else { return nil }
    return UInt64(status.f_bavail) * UInt64(status.f_frsize)
  }

  /// The folder's fault found without writing, or `nil`: it must exist, be a folder and be
  /// writable.
  ///
  /// Checked before every workbook, because libxlsxwriter's `tmpfileplus` silently falls back
  /// to `TMP`, `TEMP`, `/tmp` and the working folder when it cannot create a file here.
  package func availabilityProblem() -> XLSXError? {
    var status = stat()
    guard stat(path, &status) == 0 else {
      return .temporaryFolderFailed(path: path, errorNumber: errno)
    }
    guard (status.st_mode & S_IFMT) == S_IFDIR else {
      return .temporaryFolderFailed(path: path, errorNumber: ENOTDIR)
    }
    guard access(path, W_OK | X_OK) == 0 else {
      return .temporaryFolderFailed(path: path, errorNumber: errno)
    }
    return nil
  }

  /// What is wrong with the folder, as the error to report, or `nil` when a test write works.
  package func problem() -> XLSXError? {
    probe(path).map { .temporaryFolderFailed(path: path, errorNumber: $0) }
  }

  /// Creates a file in `path`, writes `probeSize` bytes, flushes them to the file system and
  /// removes the file (`SafeFile.probe`).
  ///
  /// - Returns: `errno` of the first step that failed, or `nil`.
  package static func probeWrite(_ path: String) -> Int32? {
    SafeFile.probe(path, size: probeSize)
  }
}

import Foundation

/// Swaps two paths in one step, so no moment exists in which either name is missing.
///
/// On Linux this is `renameat2(..., RENAME_EXCHANGE)` (Linux 3.15, glibc 2.28): the kernel
/// exchanges both directory entries atomically, so a run killed at any instant leaves the
/// period folder holding either the old reports or the new ones, never nothing. The function
/// is looked up at run time, because Swift's Glibc module does not import it.
enum AtomicExchange {
  /// `renameat2(olddirfd, oldpath, newdirfd, newpath, flags)`.
  private typealias RenameAt2 =
    @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

  /// `RENAME_EXCHANGE` from `<linux/fs.h>`.
  private static let renameExchange: UInt32 = 1 << 1

  /// Exchanges the entries at `first` and `second`, which must both exist.
  ///
  /// - Returns: `nil` when the two were exchanged; else the `errno` value: `ENOSYS` when the
  ///   system has no `renameat2`, `EINVAL` when the file system cannot exchange entries.
  static func exchange(_ first: String, _ second: String) -> Int32? {
    guard let function = lookUp() else { return ENOSYS }
    let status = function(AT_FDCWD, first, AT_FDCWD, second, renameExchange)
    return status == 0 ? nil : errno
  }

  private static func lookUp() -> RenameAt2? {
    guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else {
      return nil
    }
    return unsafeBitCast(symbol, to: RenameAt2.self)
  }
}

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The file-system steps shared by the workbook writer and the command-line tool: a probe
/// write that says whether a folder takes a file, a write flushed to disk, and the
/// temporary-file-then-rename that puts a finished file in place in one step.
///
/// Each returns `errno` of the first step that failed, or `nil`, so that callers report the
/// operating system's own reason ("No space left on device") in their own error type.
package enum SafeFile {
  /// Creates a hidden file in `folder`, writes `size` bytes, flushes them to the file system
  /// and removes the file.
  ///
  /// - Returns: `errno` of the first step that failed, or `nil`.
  package static func probe(_ folder: String, size: Int) -> Int32? {
    var template = Array((folder + "/.pustaka-probe-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard descriptor >= 0 else { return errno }
    defer {
      close(descriptor)
      template.withUnsafeBufferPointer { buffer in
        if let base = buffer.baseAddress { _ = unlink(base) }
      }
    }
    let chunk = [UInt8](repeating: 0x20, count: min(size, 64 << 10))
    var written = 0
    while written < size {
      let count = chunk.withUnsafeBytes {
        write(descriptor, $0.baseAddress, min($0.count, size - written))
      }
      guard count > 0 else { return count < 0 ? errno : ENOSPC }
      written += count
    }
    guard fsync(descriptor) == 0 else { return errno }
    return nil
  }

  /// Writes `data` to a new file at `path` and flushes it to disk, so that a full disk or a
  /// failing device is an error here rather than a short file later; a failed file is
  /// removed.
  ///
  /// - Returns: `errno` of the first step that failed, or `nil`.
  package static func writeFlushed(_ data: Data, to path: String) -> Int32? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return errno }
    var failure: Int32 = 0
    data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
      var offset = 0
      while offset < bytes.count, failure == 0, let base = bytes.baseAddress {
        let written = write(descriptor, base + offset, bytes.count - offset)
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
      unlink(path)
      return failure
    }
    return nil
  }

  /// Renames `temporary` to `destination`, replacing an existing file in one step; on failure
  /// `temporary` is left for the caller to remove.
  ///
  /// - Returns: `errno` of the rename, or `nil`.
  package static func moveIntoPlace(_ temporary: String, _ destination: String) -> Int32? {
    rename(temporary, destination) == 0 ? nil : errno
  }

  /// Writes `data` to `destination` so that the file is whole or absent: flushed under a
  /// hidden temporary name in the same folder, then renamed into place.
  ///
  /// - Returns: `errno` of the first step that failed, or `nil`; the temporary file is gone
  ///   either way.
  package static func replace(_ destination: String, with data: Data) -> Int32? {
    let url = URL(fileURLWithPath: destination)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).\(getpid()).tmp"
    ).path
    if let failure = writeFlushed(data, to: temporary) { return failure }
    guard let failure = moveIntoPlace(temporary, destination) else { return nil }
    unlink(temporary)
    return failure
  }
}

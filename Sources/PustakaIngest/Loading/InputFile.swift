import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file the data folder scan chose to read, and the checks opening it must pass again.
///
/// The scan looks at paths; between the scan and the read a file could be replaced, or a
/// folder on the way swapped for a link. So a file is opened without following a link at its
/// end (`O_NOFOLLOW`), without blocking on a pipe (`O_NONBLOCK`), and is read only when the
/// opened file is a regular file with the device and inode the scan found and, on systems that
/// can say where an open file lies, inside the data folder. Whatever happened in between, no
/// byte from outside the data folder and no file other than the one vetted is read.
struct InputFile: Hashable, Sendable {
  /// Where to open it: the file itself, or the target of a link inside the data folder.
  var url: URL
  /// The device and inode the scan found; `nil` when nothing was scanned (tests, tools).
  var identity: FileIdentity? = nil
  /// The real path of the data folder the file must lie in; `nil` for a workbook given as the
  /// data path itself.
  var folder: String? = nil

  /// Opens the file for reading after checking it is still the file the scan found.
  ///
  /// - Returns: a handle that closes the file when released.
  /// - Throws: `FileSystemFailure` when the system refuses to open it, `InputFile.Changed`
  ///   when it is no longer the file that was scanned.
  func open() throws -> FileHandle {
    let descriptor = url.withUnsafeFileSystemRepresentation { path -> Int32 in
      guard let path else { return -1 }
      return openForReading(path)
    }
    guard descriptor >= 0 else {
      let failure = FileSystemFailure.lastError()
      if failure.isLoop { throw Changed.becameLink }
      throw failure
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw FileSystemFailure.lastError() }
    guard info.st_mode & S_IFMT == S_IFREG else { throw Changed.notRegular }
    if let identity {
      let found = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
      guard found == identity else { throw Changed.otherFile }
    }
    if let folder, let opened = Self.location(of: descriptor),
      !FileSystemEntry.isPath(opened, inside: folder)
    {
      throw Changed.leftFolder
    }
    return handle
  }

  /// Reads the whole file.
  /// - Throws: what `open()` throws, or the system's reason when reading fails.
  func readAll() throws -> Data {
    let handle = try open()
    defer { try? handle.close() }
    return try handle.readToEnd() ?? Data()
  }

  /// Where the open file `descriptor` lies, when the system can say (Linux: `/proc/self/fd`).
  private static func location(of descriptor: Int32) -> String? {
    #if os(Linux)
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink("/proc/self/fd/\(descriptor)", &buffer, buffer.count - 1)
      guard count > 0 else { return nil }
      return String(
        decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    #else
      return nil
    #endif
  }

  /// How a file changed between the scan and the read.
  enum Changed: Error, Equatable, Sendable {
    /// It was replaced by a symbolic link.
    case becameLink
    /// It is no longer a regular file.
    case notRegular
    /// It is another file (another device or inode) than the one scanned.
    case otherFile
    /// The file opened lies outside the data folder (a folder on the way became a link).
    case leftFolder

    /// Why it is not read, for messages.
    var reason: String {
      switch self {
      case .becameLink: return "it was replaced by a symbolic link after the folder was scanned"
      case .notRegular: return "it is no longer a regular file"
      case .otherFile: return "it was replaced by another file after the folder was scanned"
      case .leftFolder: return "it now lies outside the data folder (a folder became a link)"
      }
    }
  }
}

/// `open(2)` for reading without following a link at the end of `path` and without blocking;
/// at file scope because `InputFile.open()` hides the system's `open` inside the type.
private func openForReading(_ path: UnsafePointer<CChar>) -> Int32 {
  open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
}

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file's device and inode: what makes two paths the same file, links or not.
struct FileIdentity: Hashable, Sendable {
  /// The device the file is on.
  var device: UInt64
  /// The file's inode on that device.
  var inode: UInt64
}

/// What `lstat` says about one path, without following a symbolic link at its end.
struct FileSystemEntry: Equatable, Sendable {
  /// What kind of entry it is.
  enum Kind: Equatable, Sendable {
    /// A regular file.
    case file
    /// A folder.
    case folder
    /// A symbolic link (not followed).
    case symbolicLink
    /// A device, pipe or socket: never read.
    case other
  }

  /// What kind of entry it is.
  var kind: Kind
  /// Its device and inode.
  var identity: FileIdentity

  /// The entry at `path`, the link itself when `path` ends in a symbolic link, or the system's
  /// reason when it cannot be examined.
  static func examine(_ path: String) -> Result<FileSystemEntry, FileSystemFailure> {
    var info = stat()
    guard lstat(path, &info) == 0 else { return .failure(.lastError()) }
    return .success(FileSystemEntry(info))
  }

  /// The entry `path` leads to, following links (for the data path the user named).
  static func examineFollowingLinks(_ path: String) -> Result<FileSystemEntry, FileSystemFailure> {
    var info = stat()
    guard stat(path, &info) == 0 else { return .failure(.lastError()) }
    return .success(FileSystemEntry(info))
  }

  /// The absolute path `path` leads to with every link resolved, or why it leads nowhere.
  static func realPath(_ path: String) -> Result<String, FileSystemFailure> {
    guard let resolved = realpath(path, nil) else { return .failure(.lastError()) }
    defer { free(resolved) }
    return .success(String(cString: resolved))
  }

  /// Whether the absolute path `path` is `folder` or lies inside it (both real paths).
  static func isPath(_ path: String, inside folder: String) -> Bool {
    if path == folder { return true }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return path.hasPrefix(prefix)
  }

  private init(_ info: stat) {
    identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    switch info.st_mode & S_IFMT {
    case S_IFREG: kind = .file
    case S_IFDIR: kind = .folder
    case S_IFLNK: kind = .symbolicLink
    default: kind = .other
    }
  }
}

/// Why the file system refused a look-up, as the system says it.
struct FileSystemFailure: Error, Equatable, Sendable {
  /// The `errno` value.
  var code: Int32

  /// The failure of the last system call.
  static func lastError() -> FileSystemFailure {
    FileSystemFailure(code: errno)
  }

  /// Whether the path names nothing (`ENOENT`).
  var isMissing: Bool { code == ENOENT }

  /// Whether resolving the path went round a loop of symbolic links (`ELOOP`).
  var isLoop: Bool { code == ELOOP }

  /// The system's explanation, lower-cased as it reads inside a sentence: `permission denied`.
  var reason: String {
    let text = String(cString: strerror(code))
    return text.prefix(1).lowercased() + text.dropFirst()
  }
}

import Foundation

/// One walk through a data folder for `DataFolderScanner`: every entry examined with `lstat`,
/// links resolved and judged, files identified by device and inode.
struct FolderWalk {
  /// A link to a regular file inside the data folder, read if nothing else reads that file.
  private struct PendingLink {
    var found: DataFolderScanner.Found
    var identity: FileIdentity
  }

  /// The data folder's real path.
  let root: String
  /// The output folder's real path and identity, never read.
  let excluded: (path: String, identity: FileIdentity)?
  private var files: [(found: DataFolderScanner.Found, identity: FileIdentity)] = []
  private var links: [PendingLink] = []
  private var skipped: [SkippedFile] = []
  private var folders: Set<FileIdentity> = []

  init(root: String, excluded: (path: String, identity: FileIdentity)?) {
    self.root = root
    self.excluded = excluded
  }

  /// Examines every entry of the folder at `path` (its relative path is `relative`, empty or
  /// ending in `/`), and of its sub-folders.
  mutating func visit(folder path: String, relative: String, identity: FileIdentity) {
    let shown = relative.isEmpty ? "." : String(relative.dropLast())
    guard folders.insert(identity).inserted else {
      skipped.append(SkippedFile(file: shown, .folderAgain))
      return
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      let reason = (error as NSError).localizedDescription
      skipped.append(SkippedFile(file: shown, .unexaminable(reason: reason)))
      return
    }
    for name in names {
      visit(entry: name, in: path, relative: relative)
    }
  }

  private mutating func visit(entry name: String, in folder: String, relative: String) {
    let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
    let shown = relative + name
    let entry: FileSystemEntry
    switch FileSystemEntry.examine(path) {
    case .success(let found): entry = found
    case .failure(let failure):
      skipped.append(SkippedFile(file: shown, .unexaminable(reason: failure.reason)))
      return
    }
    let isFolder = entry.kind == .folder
    if name.hasPrefix(".") {
      skipped.append(SkippedFile(file: shown, .hidden(isFolder: isFolder)))
      return
    }
    if name.hasPrefix("~$") {
      skipped.append(SkippedFile(file: shown, .officeLock(isFolder: isFolder)))
      return
    }
    switch entry.kind {
    case .folder:
      if let excluded, excluded.identity == entry.identity {
        skipped.append(SkippedFile(file: shown, .outputFolder))
      } else {
        visit(folder: path, relative: shown + "/", identity: entry.identity)
      }
    case .file:
      switch DataFolderScanner.classify(name) {
      case .success(let kind):
        let file = InputFile(
          url: URL(fileURLWithPath: path), identity: entry.identity, folder: root)
        files.append(
          (DataFolderScanner.Found(relativePath: shown, file: file, kind: kind), entry.identity))
      case .failure(let reason):
        skipped.append(SkippedFile(file: shown, reason))
      }
    case .symbolicLink:
      visit(link: path, named: name, shown: shown)
    case .other:
      skipped.append(SkippedFile(file: shown, .notRegularFile))
    }
  }

  /// A link is judged by where it leads first (so a link leaving the folder is named as such
  /// whatever its name), then by its own name as a file would be.
  private mutating func visit(link path: String, named name: String, shown: String) {
    let judged = judge(link: path).flatMap { target, identity in
      DataFolderScanner.classify(name).map { (target, identity, $0) }
    }
    switch judged {
    case .success(let (target, identity, kind)):
      let file = InputFile(url: URL(fileURLWithPath: target), identity: identity, folder: root)
      links.append(
        PendingLink(
          found: DataFolderScanner.Found(relativePath: shown, file: file, kind: kind),
          identity: identity))
    case .failure(let reason):
      skipped.append(SkippedFile(file: shown, reason))
    }
  }

  /// The real path and identity of the regular file inside the data folder that the link at
  /// `path` leads to, or why it is not read.
  private func judge(link path: String) -> Result<(String, FileIdentity), SkipReason> {
    let target: String
    switch FileSystemEntry.realPath(path) {
    case .success(let resolved): target = resolved
    case .failure(let failure):
      if failure.isMissing { return .failure(.linkBroken) }
      if failure.isLoop { return .failure(.linkLoop) }
      return .failure(.linkUnresolvable(reason: failure.reason))
    }
    let entry: FileSystemEntry
    switch FileSystemEntry.examine(target) {
    case .success(let found): entry = found
    case .failure(let failure): return .failure(.linkUnresolvable(reason: failure.reason))
    }
    guard FileSystemEntry.isPath(target, inside: root) else {
      return .failure(.linkOutside(target: target, isFolder: entry.kind == .folder))
    }
    let relative = relativePath(of: target)
    guard entry.kind != .folder else { return .failure(.linkToFolder(target: relative)) }
    guard entry.kind == .file else { return .failure(.linkToNonRegularFile) }
    let isExcluded = excluded.map { FileSystemEntry.isPath(target, inside: $0.path) } ?? false
    let isHidden = relative.split(separator: "/").contains {
      $0.hasPrefix(".") || $0.hasPrefix("~$")
    }
    guard !isExcluded, !isHidden else { return .failure(.linkIntoSkipped(target: relative)) }
    return .success((target, entry.identity))
  }

  /// `path` (a real path inside the data folder) relative to it.
  private func relativePath(of path: String) -> String {
    if path == root { return "." }
    let prefix = root.hasSuffix("/") ? root : root + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }

  /// The files to read and the entries skipped, each in code-point order; a file reached by
  /// several paths is read at the first regular path, else through the first link.
  func result() -> (found: [DataFolderScanner.Found], skipped: [SkippedFile]) {
    var found: [DataFolderScanner.Found] = []
    var skipped = self.skipped
    var readAt: [FileIdentity: String] = [:]
    let byPath = { (lhs: DataFolderScanner.Found, rhs: DataFolderScanner.Found) in
      DataFolderScanner.codePointOrder(lhs.relativePath, rhs.relativePath)
    }
    for (file, identity) in files.sorted(by: { byPath($0.found, $1.found) }) {
      if let first = readAt[identity] {
        skipped.append(SkippedFile(file: file.relativePath, .sameFile(first: first)))
      } else {
        readAt[identity] = file.relativePath
        found.append(file)
      }
    }
    for link in links.sorted(by: { byPath($0.found, $1.found) }) {
      if let first = readAt[link.identity] {
        skipped.append(SkippedFile(file: link.found.relativePath, .linkToFileRead(first: first)))
      } else {
        readAt[link.identity] = link.found.relativePath
        found.append(link.found)
      }
    }
    found.sort(by: byPath)
    skipped.sort { DataFolderScanner.codePointOrder($0.file, $1.file) }
    return (found, skipped)
  }
}

import Foundation
import PustakaCore

/// Finds the input files of a data folder per the data contract's Files rules.
///
/// Sub-folders are searched; names starting with `.` or `~$` are skipped, as is the output
/// folder; extensions match in any case; files come in Unicode code-point order of their path
/// relative to the data folder. Every file not read is listed with its reason.
///
/// Nothing outside the data folder is read through a link, and no file is read twice:
/// - Entries are examined with `lstat`, so a symbolic link is seen as a link, never followed
///   blindly. Links to folders are never followed (no loops; files inside the data folder are
///   read where they really are). A link whose target lies outside the data folder, leads
///   nowhere or goes round a loop is skipped with that reason.
/// - A link to a regular file inside the data folder is read once, under the link's name, when
///   that file is read under no other name and lies where the Files rules would read it (not
///   in a hidden folder or the output folder). Otherwise it is skipped, naming the file.
/// - Files are identified by device and inode, so a hard link or a second link to the same
///   file is read once, at its first path in code-point order.
/// - Every file found carries its identity; `InputFile.open()` checks it again when reading.
struct DataFolderScanner {
  /// A file to read.
  struct Found: Equatable {
    /// What kind of input it is.
    enum Kind: Equatable {
      /// A CSV or TSV file of one table.
      case table(TableName, isTabDelimited: Bool)
      /// An `.xlsx` workbook, whose sheets name their tables.
      case workbook
    }

    /// The path relative to the data folder, written with `/` (a link's own path).
    var relativePath: String
    /// Where to read it, and what to check when opening it.
    var file: InputFile
    /// What kind of input it is.
    var kind: Kind
  }

  /// The folder to read, or a single `.xlsx` workbook.
  let root: URL
  /// A folder never to read (the run's output folder), when it lies inside `root`.
  let excluded: URL?

  /// The input files and the files deliberately not read.
  /// - Throws: `IngestError.dataFolderMissing` when `root` does not exist,
  ///   `IngestError.notADataSet` when it is a file other than a workbook.
  func scan() throws(IngestError) -> (found: [Found], skipped: [SkippedFile]) {
    guard case .success(let entry) = FileSystemEntry.examineFollowingLinks(root.path),
      case .success(let rootPath) = FileSystemEntry.realPath(root.path)
    else {
      throw .dataFolderMissing(path: root.path)
    }
    guard entry.kind == .folder else {
      guard entry.kind == .file, root.pathExtension.lowercased() == "xlsx" else {
        throw .notADataSet(path: root.path)
      }
      let file = InputFile(
        url: URL(fileURLWithPath: rootPath), identity: entry.identity, folder: nil)
      return ([Found(relativePath: root.lastPathComponent, file: file, kind: .workbook)], [])
    }
    var walk = FolderWalk(root: rootPath, excluded: excludedFolder())
    walk.visit(folder: rootPath, relative: "", identity: entry.identity)
    return walk.result()
  }

  /// The output folder's real path and identity, when it exists.
  private func excludedFolder() -> (path: String, identity: FileIdentity)? {
    guard let excluded,
      case .success(let path) = FileSystemEntry.realPath(excluded.path),
      case .success(let entry) = FileSystemEntry.examine(path), entry.kind == .folder
    else { return nil }
    return (path, entry.identity)
  }

  /// Whether `lhs` precedes `rhs` in Unicode code-point order.
  static func codePointOrder(_ lhs: String, _ rhs: String) -> Bool {
    lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars) { $0.value < $1.value }
  }

  /// What a file named `name` is to the Files rules: an input of some kind, or the reason it
  /// is not read.
  static func classify(_ name: String) -> Result<Found.Kind, SkipReason> {
    let fileExtension = (name as NSString).pathExtension.lowercased()
    switch fileExtension {
    case "csv", "tsv":
      guard let table = TableName(fileNamePrefix: name) else { return .failure(.noTableName) }
      return .success(.table(table, isTabDelimited: fileExtension == "tsv"))
    case "xlsx":
      return .success(.workbook)
    case "xls":
      return .failure(.oldExcelFormat)
    default:
      return .failure(.notDataFile)
    }
  }
}

/// Why a file or folder in the data folder is not read; every skipped entry gets one.
enum SkipReason: Error, Equatable, Sendable {
  /// A `.csv` or `.tsv` file whose name starts with no table's name or alias.
  case noTableName
  /// An old `.xls` workbook.
  case oldExcelFormat
  /// Any other kind of file (`.txt`, `.pdf`, `.docx` ...).
  case notDataFile
  /// A name starting with `.`.
  case hidden(isFolder: Bool)
  /// A name starting with `~$` (what Office leaves while a file is open).
  case officeLock(isFolder: Bool)
  /// The run's output folder inside the data folder.
  case outputFolder
  /// A folder reached a second time (a mount that loops).
  case folderAgain
  /// A device, pipe or socket.
  case notRegularFile
  /// The system refused to examine the entry.
  case unexaminable(reason: String)
  /// A symbolic link whose target lies outside the data folder (its real path).
  case linkOutside(target: String, isFolder: Bool)
  /// A symbolic link to a folder inside the data folder (relative path of the target).
  case linkToFolder(target: String)
  /// A symbolic link whose target does not exist.
  case linkBroken
  /// A symbolic link that goes round a loop of links.
  case linkLoop
  /// A symbolic link whose target cannot be resolved, with the system's reason.
  case linkUnresolvable(reason: String)
  /// A symbolic link to a device, pipe or socket.
  case linkToNonRegularFile
  /// A symbolic link to a file the Files rules skip where it lies (relative path).
  case linkIntoSkipped(target: String)
  /// A symbolic link to a file that is read under another name (that name).
  case linkToFileRead(first: String)
  /// A second path (a hard link) of a file already read under `first`.
  case sameFile(first: String)
  /// A workbook written by a pustaka run.
  case report
  /// A workbook none of whose sheets is named after a table.
  case noTableSheet

  /// The reason as the skipped-file lists show it.
  var description: String {
    switch self {
    case .noTableName: return "its name starts with no table's name"
    case .oldExcelFormat: return "old .xls format; save it as .xlsx to have it read"
    case .notDataFile: return "not a .csv, .tsv or .xlsx file"
    case .hidden(let isFolder):
      return isFolder
        ? "a hidden folder (its name starts with '.'); nothing in it is read"
        : "a hidden file (its name starts with '.')"
    case .officeLock(let isFolder):
      return isFolder
        ? "its name starts with '~$' (an Office lock name); nothing in it is read"
        : "an Office lock file (its name starts with '~$')"
    case .outputFolder: return "the output folder of this run; nothing in it is read"
    case .folderAgain: return "a folder already read under another path"
    case .notRegularFile: return "not a regular file (a device, pipe or socket)"
    case .unexaminable(let reason): return "cannot be examined: \(reason)"
    case .linkOutside(let target, let isFolder):
      return "a symbolic link to \(isFolder ? "the folder " : "")'\(target)', outside the data "
        + "folder; links are never followed out of it"
    case .linkToFolder(let target):
      return "a symbolic link to the folder '\(target)'; links to folders are not followed (the "
        + "files there are read where they are)"
    case .linkBroken: return "a symbolic link to nothing (its target does not exist)"
    case .linkLoop: return "a symbolic link that goes round a loop of links"
    case .linkUnresolvable(let reason): return "a symbolic link that cannot be followed: \(reason)"
    case .linkToNonRegularFile:
      return "a symbolic link to something that is not a regular file"
    case .linkIntoSkipped(let target):
      return "a symbolic link to '\(target)', which is not read where it lies"
    case .linkToFileRead(let first):
      return "a symbolic link to a file read once, as '\(first)'"
    case .sameFile(let first):
      return "the same file as '\(first)' (a hard link), which is read once, under that name"
    case .report: return "a report written by pustaka"
    case .noTableSheet: return "no sheet is named after a table"
    }
  }
}

extension SkippedFile {
  /// A skipped file at `file` (relative to the data folder) with its reason.
  init(file: String, _ reason: SkipReason) {
    self.init(file: file, reason: reason.description)
  }
}

import Foundation
import PustakaCore

/// Finds the input files of a data folder per the data contract's Files rules.
///
/// Sub-folders are searched; names starting with `.` or `~$` are skipped, as is the output
/// folder; extensions match in any case; files come in Unicode code-point order of their path
/// relative to the data folder.
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

    /// The path relative to the data folder, written with `/`.
    var relativePath: String
    /// The file's location.
    var url: URL
    /// What kind of input it is.
    var kind: Kind
  }

  /// The folder to read, or a single `.xlsx` workbook.
  let root: URL
  /// A folder never to read (the run's output folder), when it lies inside `root`.
  let excluded: URL?

  /// The input files and the files deliberately not read.
  /// - Throws: `IngestError.dataFolderMissing` when `root` does not exist.
  func scan() throws(IngestError) -> (found: [Found], skipped: [SkippedFile]) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
      throw .dataFolderMissing(path: root.path)
    }
    if !isDirectory.boolValue {
      guard root.pathExtension.lowercased() == "xlsx" else {
        throw .notADataSet(path: root.path)
      }
      return ([Found(relativePath: root.lastPathComponent, url: root, kind: .workbook)], [])
    }
    var found: [Found] = []
    var skipped: [SkippedFile] = []
    walk(root, prefix: "", found: &found, skipped: &skipped)
    found.sort { Self.codePointOrder($0.relativePath, $1.relativePath) }
    skipped.sort { Self.codePointOrder($0.file, $1.file) }
    return (found, skipped)
  }

  private func walk(
    _ folder: URL, prefix: String, found: inout [Found], skipped: inout [SkippedFile]
  ) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in names where !name.hasPrefix(".") && !name.hasPrefix("~$") {
      let url = folder.appendingPathComponent(name)
      let relative = prefix + name
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
        continue
      }
      if isDirectory.boolValue {
        if let excluded, Self.samePath(url, excluded) { continue }
        walk(url, prefix: relative + "/", found: &found, skipped: &skipped)
        continue
      }
      switch url.pathExtension.lowercased() {
      case "csv", "tsv":
        if let table = TableName(fileNamePrefix: name) {
          let isTab = url.pathExtension.lowercased() == "tsv"
          found.append(
            Found(relativePath: relative, url: url, kind: .table(table, isTabDelimited: isTab)))
        } else {
          skipped.append(
            SkippedFile(file: relative, reason: "its name starts with no table's name"))
        }
      case "xlsx":
        found.append(Found(relativePath: relative, url: url, kind: .workbook))
      case "xls":
        skipped.append(
          SkippedFile(file: relative, reason: "old .xls format; save it as .xlsx to have it read"))
      default:
        continue
      }
    }
  }

  /// Whether `lhs` precedes `rhs` in Unicode code-point order.
  static func codePointOrder(_ lhs: String, _ rhs: String) -> Bool {
    lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars) { $0.value < $1.value }
  }

  private static func samePath(_ lhs: URL, _ rhs: URL) -> Bool {
    lhs.standardizedFileURL.resolvingSymlinksInPath().path
      == rhs.standardizedFileURL.resolvingSymlinksInPath().path
  }
}

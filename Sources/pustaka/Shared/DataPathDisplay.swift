import PustakaCore
import PustakaIngest

/// Names files of a data set as the user knows them: under the data path as typed.
enum DataPathDisplay {
  /// The path of `file` (relative to the data folder) under `dataPath` as given; a workbook
  /// given as the data path is named as given.
  static func path(of file: String, dataPath: String) -> String {
    if dataPath.lowercased().hasSuffix(".xlsx") { return dataPath }
    let folder = dataPath.hasSuffix("/") ? String(dataPath.dropLast()) : dataPath
    return folder == "." ? file : folder + "/" + file
  }

  /// `diagnostic` printed compiler-style with its file as the user knows it:
  /// `data/libraries.csv:3: error: ...`.
  static func formatted(_ diagnostic: Diagnostic, dataPath: String) -> String {
    var shown = diagnostic
    shown.file = path(of: diagnostic.file, dataPath: dataPath)
    return shown.formatted
  }

  /// The failure when no file or sheet provided the `libraries` table: what to add, or, when
  /// a libraries file exists but cannot be read, that file (its own error says why).
  static func missingLibraries(_ result: IngestResult, dataPath: String) -> CommandFailure {
    .noLibrariesTable(dataPath: dataPath, unreadable: result.unreadableLibrariesFiles)
  }
}

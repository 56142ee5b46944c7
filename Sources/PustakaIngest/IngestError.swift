/// A failure that stops loading a data set (data problems are diagnostics, not errors).
package enum IngestError: Error, CustomStringConvertible, Equatable {
  /// The data folder does not exist.
  case dataFolderMissing(path: String)
  /// The data path is a file but not an `.xlsx` workbook.
  case notADataSet(path: String)

  package var description: String {
    switch self {
    case .dataFolderMissing(let path):
      return "data folder '\(path)' does not exist; pass the folder of the CSV files with --data"
    case .notADataSet(let path):
      return "'\(path)' is neither a folder nor an .xlsx workbook; pass a data folder with --data"
    }
  }

  /// The same failure naming `path`, such as the data path as the user wrote it on the command
  /// line rather than as the loader resolved it.
  package func naming(path: String) -> IngestError {
    switch self {
    case .dataFolderMissing: return .dataFolderMissing(path: path)
    case .notADataSet: return .notADataSet(path: path)
    }
  }
}

/// A failure that stops loading a data set (data problems are diagnostics, not errors).
package enum IngestError: Error, CustomStringConvertible, Equatable {
  /// The data folder does not exist.
  case dataFolderMissing(path: String)

  package var description: String {
    switch self {
    case .dataFolderMissing(let path):
      return "data folder '\(path)' does not exist; pass the folder of the CSV files with --data"
    }
  }
}

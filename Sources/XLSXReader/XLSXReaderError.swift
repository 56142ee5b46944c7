/// Why an xlsx file could not be read.
package enum XLSXReaderError: Error, CustomStringConvertible, Equatable {
  /// The file could not be opened or read from disk.
  case unreadable(path: String, reason: String)

  package var description: String {
    switch self {
    case .unreadable(let path, let reason):
      return "'\(path)' cannot be read: \(reason)"
    }
  }
}

/// Why `pustaka sample` could not write its output (exit status 73).
enum SampleOutputError: Error, CustomStringConvertible, Equatable {
  /// The output folder could not be created.
  case cannotCreateFolder(path: String, reason: String)
  /// A file in the output folder could not be created or written.
  case cannotWrite(path: String, reason: String)

  var description: String {
    switch self {
    case .cannotCreateFolder(let path, let reason):
      return "cannot create the folder '\(path)': \(reason)"
    case .cannotWrite(let path, let reason):
      return "cannot write '\(path)': \(reason)"
    }
  }
}

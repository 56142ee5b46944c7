/// Why a rubric file was refused: it cannot be read, or it is malformed (with the line).
package enum RubricFileError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The file does not exist or cannot be read.
  case unreadable(file: String)
  /// The file is malformed; `line` is 1-based, `nil` when the problem is the whole file.
  case malformed(file: String, line: Int?, message: String)

  /// The message: `rubric.yaml:12: thresholds of 'titles' must not decrease (750 after 1000)`.
  package var description: String {
    switch self {
    case .unreadable(let file):
      return "rubric file '\(file)' cannot be read; check the path given with --rubric"
    case .malformed(let file, let line, let message):
      return line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
  }
}

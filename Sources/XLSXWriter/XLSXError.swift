/// Why a workbook could not be written.
package enum XLSXError: Error, CustomStringConvertible, Equatable {
  /// libxlsxwriter refused an operation; `message` is its own explanation.
  case library(operation: String, message: String)

  package var description: String {
    switch self {
    case .library(let operation, let message):
      return "\(operation) failed: \(message)"
    }
  }
}

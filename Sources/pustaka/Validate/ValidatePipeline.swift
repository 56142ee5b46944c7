import Foundation
import PustakaIngest

/// Loads the data set, prints the validation report and decides the exit status.
enum ValidatePipeline {
  /// Runs `pustaka validate` with `configuration`, printing to standard output (and a thrown
  /// failure to standard error).
  static func run(_ configuration: ValidateConfiguration) -> ExitStatus {
    let result: IngestResult
    do {
      result = try DataSetLoader().load(from: configuration.dataURL)
    } catch {
      let shown = error.naming(path: configuration.dataPath)
      FileHandle.standardError.write(Data("error: \(shown.description)\n".utf8))
      return .inputMissing
    }
    let status = ExitStatus.validation(result, strict: configuration.strict)
    let report = ValidationReport(
      result: result, dataPath: configuration.dataPath, strict: configuration.strict,
      status: status)
    switch configuration.format {
    case .text: print(report.text(), terminator: "")
    case .json: print(report.json())
    }
    return status
  }
}

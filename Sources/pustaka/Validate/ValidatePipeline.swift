import Foundation
import PustakaIngest

/// Loads the data set, prints the validation report and decides the exit status.
enum ValidatePipeline {
  /// Runs `pustaka validate` with `configuration`, printing the report to standard output.
  ///
  /// - Returns: The status the report gives (65 or 66 for data the run could not use).
  /// - Throws: `CommandFailure.dataUnreadable` when the data path cannot be loaded at all.
  static func run(_ configuration: ValidateConfiguration) throws(CommandFailure) -> ExitStatus {
    let result: IngestResult
    do throws(IngestError) {
      result = try DataSetLoader().load(from: configuration.dataURL)
    } catch {
      throw .dataUnreadable(error.naming(path: configuration.dataPath))
    }
    let status = ExitStatus.validation(result, strict: configuration.strict)
    let report = ValidationReport(
      result: result, dataPath: configuration.dataPath, strict: configuration.strict,
      status: status)
    switch configuration.format {
    case .text: print(report.text(), terminator: "")
    case .json: print(report.json())
    }
    if let feedbackPath = configuration.feedbackPath {
      try FeedbackNotes(
        result: result, folderPath: feedbackPath, language: configuration.feedbackLanguage
      ).write()
    }
    return status
  }
}

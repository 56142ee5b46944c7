import Foundation
import PustakaCore
import PustakaIngest

/// The resolved settings of one `pustaka score` run.
struct ScoreConfiguration: Sendable {
  /// The data path as given.
  var dataPath: String
  /// The period, or `nil` for the latest month with attendance data.
  var period: Period?
  /// The rubric file as given, or `nil` for the built-in rubric.
  var rubricPath: String?
  /// Whether to print the districts table instead of the libraries.
  var districts: Bool
  /// The output format.
  var format: ScoreCommand.Format

  /// The data path as a file URL.
  var dataURL: URL { URL(fileURLWithPath: dataPath) }
}

/// Loads the rubric and the data, scores the period and prints the table.
enum ScorePipeline {
  /// Runs `pustaka score`, printing the table to standard output and problems to standard
  /// error.
  static func run(_ configuration: ScoreConfiguration) -> ExitStatus {
    let rubric: Rubric
    switch RubricPipeline.loadRubric(configuration.rubricPath) {
    case .loaded(let loaded): rubric = loaded
    case .refused(let status): return status
    }
    let result: IngestResult
    do {
      result = try DataSetLoader(reportingPeriodEnd: configuration.period?.lastMonth).load(
        from: configuration.dataURL)
    } catch {
      printError("error: \(error.naming(path: configuration.dataPath).description)")
      return .inputMissing
    }
    if ExitStatus.validation(result, strict: false) == .inputMissing {
      printError(
        "error: '\(configuration.dataPath)' has unreadable files or no libraries table; run"
          + " 'pustaka validate --data \(configuration.dataPath)' for details")
      return .inputMissing
    }
    let rejected = result.rejectedRows.filter(\.isError).count
    if rejected > 0 {
      printError(
        "warning: \(rejected) rows were rejected and are not scored; run 'pustaka validate"
          + " --data \(configuration.dataPath)' for details")
    }
    let scorer = KPIScorer(dataSet: result.dataSet, rubric: rubric)
    let period: Period
    do throws(RunFailure) {
      let selection = try PeriodSelection(
        given: configuration.period, scorer: scorer, dataPath: configuration.dataPath)
      if let explanation = selection.explanation { printError("note: \(explanation)") }
      period = selection.period
    } catch {
      printError("error: \(error.description)")
      return ExitStatus(error)
    }
    let report = PeriodReport(scorer: scorer, period: period)
    let table = configuration.districts ? DistrictsTable.table(report) : ScoresTable.table(report)
    switch configuration.format {
    case .csv: print(table.csv, terminator: "")
    case .json: print(table.json, terminator: "")
    }
    return .ok
  }

  private static func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}

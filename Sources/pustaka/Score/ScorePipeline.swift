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
  /// Whether an unreadable file, a rejected row or a warning fails the command.
  var strict = false

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
    if let refused = refusal(result, configuration) { return refused }
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

  /// The status to stop with when the data cannot be scored, after printing why; `nil` to go
  /// on.
  ///
  /// The data contract's rule, as `pustaka run` applies it: a file that cannot be read at all
  /// is an error naming the file, printed compiler-style, and scoring goes on with the other
  /// files, unless `--strict` (exit 66). No libraries table at all is exit 66; under `--strict`
  /// a rejected row or a warning is exit 65, after every problem has been printed.
  private static func refusal(_ result: IngestResult, _ configuration: ScoreConfiguration)
    -> ExitStatus?
  {
    let dataPath = configuration.dataPath
    let fileErrors = result.diagnostics.filter(\.isFileError)
    for diagnostic in fileErrors {
      printError(DataPathDisplay.formatted(diagnostic, dataPath: dataPath))
    }
    guard result.hasLibrariesTable else {
      printError(DataPathDisplay.missingLibraries(result, dataPath: dataPath))
      return .inputMissing
    }
    guard configuration.strict else { return nil }
    if !fileErrors.isEmpty {
      let files = result.unreadableFiles.map { "'\($0)'" }.joined(separator: ", ")
      printError(
        "error: --strict: cannot read \(files) in '\(dataPath)'; nothing was scored")
      return .inputMissing
    }
    let rejected = result.rejectedRows.count
    guard rejected > 0 || result.warningCount > 0 else { return nil }
    for diagnostic in result.diagnostics {
      printError(DataPathDisplay.formatted(diagnostic, dataPath: dataPath))
    }
    printError(
      "error: --strict: \(rejected) rows rejected and \(result.warningCount) warnings, so "
        + "nothing was scored; fix the files listed above and run again")
    return .dataError
  }

  private static func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}

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
  ///
  /// - Throws: `CommandFailure` when the rubric or the data cannot be used, or the period has
  ///   no attendance.
  static func run(_ configuration: ScoreConfiguration) throws(CommandFailure) -> ExitStatus {
    let rubric = try RubricPipeline.loadRubric(configuration.rubricPath)
    let dataPath = configuration.dataPath
    let result = try DataSetAcceptance.load(
      DataSetLoader(reportingPeriodEnd: configuration.period?.lastMonth), dataPath: dataPath)
    for diagnostic in result.diagnostics where diagnostic.isFileError {
      StandardError.print(diagnostic, dataPath: dataPath)
    }
    try DataSetAcceptance.check(result, dataPath: dataPath, strict: configuration.strict) {
      for diagnostic in $0 { StandardError.print(diagnostic, dataPath: dataPath) }
    }
    let rejected = result.rejectedRows.filter(\.isError).count
    if rejected > 0 {
      StandardError.print(
        .warning,
        "\(rejected) rows were rejected and are not scored; run 'pustaka validate --data "
          + "\(dataPath)' for details")
    }
    let scorer = KPIScorer(dataSet: result.dataSet, rubric: rubric)
    let selection = try PeriodSelection(
      given: configuration.period, scorer: scorer, dataPath: dataPath)
    if let explanation = selection.explanation { StandardError.print(.note, explanation) }
    let report = PeriodReport(scorer: scorer, period: selection.period)
    let table = configuration.districts ? DistrictsTable.table(report) : ScoresTable.table(report)
    switch configuration.format {
    case .csv: print(table.csv, terminator: "")
    case .json: print(table.json, terminator: "")
    }
    return .ok
  }
}

import Foundation
import Logging
import PustakaCore
import PustakaIngest
import PustakaReports

/// The monthly batch: load, score, then write each regency's reports.
///
/// Stages report progress through `ProgressReporter`; anything that stops the run is a
/// `RunFailure`, turned into one line on stderr and an exit status by `main(_:)`.
struct RunPipeline {
  let configuration: RunConfiguration
  let progress: ProgressReporter
  let logger: Logger

  /// Runs `pustaka run` and returns its exit status.
  static func main(_ configuration: RunConfiguration) -> ExitStatus {
    let level: Logger.Level = configuration.verbosity == .quiet ? .error : .info
    let logger = Logger(label: "pustaka") { _ in StandardErrorLogHandler(logLevel: level) }
    let progress = ProgressReporter(verbosity: configuration.verbosity, logger: logger)
    let pipeline = RunPipeline(configuration: configuration, progress: progress, logger: logger)
    do throws(RunFailure) {
      let summary = try pipeline.run()
      if configuration.verbosity != .quiet {
        for line in summary.lines { logger.info("\(line)") }
      }
      return .ok
    } catch {
      logger.error("\(error.description)")
      return ExitStatus(error)
    }
  }

  /// Runs every stage, holding the output folder's claim from before the data is loaded to
  /// the end (the rubric comes first: it is small, and a malformed one should leave no trace).
  ///
  /// - Returns: What was done, for the final summary.
  /// - Throws: `RunFailure` when a stage cannot complete.
  func run() throws(RunFailure) -> RunSummary {
    var timings = StageTimings()
    let rubric = try timings.measure("rubric") { () throws(RunFailure) in try loadRubric() }
    let claim = try OutputFolderClaim(folder: configuration.outputURL, shard: configuration.shard)
    return try claim.holding { () throws(RunFailure) in
      try runStages(rubric: rubric, timings: timings)
    }
  }

  private func runStages(
    rubric: LoadedRubric, timings: StageTimings
  ) throws(RunFailure) -> RunSummary {
    var timings = timings
    let loaded = try timings.measure("load") { () throws(RunFailure) in try loadData() }
    let scored = try timings.measure("score") { () throws(RunFailure) in
      try score(loaded, rubric: rubric)
    }
    let places = scored.report.places
    let regencies = configuration.shard.regencies(of: places.regencies.map(\.name))
    let locks = try regencies.map { index throws(RunFailure) in
      try RunLock(folder: regencyFolder(index, places: places))
    }
    defer { withExtendedLifetime(locks) {} }
    for index in regencies { try cleanLeftovers(in: regencyFolder(index, places: places)) }
    let input = reportInput(loaded, scored, rubric: rubric)
    let tables = RunTables(
      scores: ScoresTable.table(scored.report), districts: DistrictsTable.table(scored.report),
      rejectedRows: loaded.result.rejectedRows)
    var outcomes: [RegencyOutcome] = []
    let writeStart = ContinuousClock.now
    for index in regencies {
      outcomes.append(
        try writeRegency(
          index, input: input, loaded: loaded, tables: tables, rubric: rubric, timings: timings))
    }
    if places.regencies.count > 1, configuration.shard.index == 1 {
      try writeCompleteRejectedRows(tables.rejectedRows)
    }
    timings.record("write", since: writeStart)
    return RunSummary(
      period: scored.report.period, outcomes: outcomes,
      rejectedRows: loaded.result.rejectedRows.count,
      warnings: loaded.result.warningCount, timings: timings, shard: configuration.shard,
      regencyCount: places.regencies.count)
  }

  /// Removes what killed or crashed runs left in `folder`, naming each with `--verbose`.
  private func cleanLeftovers(in folder: URL) throws(RunFailure) {
    for cleaned in try LeftoverFolders.clean(folder) {
      let done = cleaned.restored ? "Put back" : "Removed"
      progress.detail("\(done) '\(cleaned.name)', left in \(folder.path) by an interrupted run")
    }
  }

  /// The folder of regency `index`: `<out>/<regency slug>`.
  func regencyFolder(_ index: Int, places: PlaceDirectory) -> URL {
    configuration.outputURL.appendingPathComponent(
      RegencySlug.slugs(for: places.regencies.map(\.name))[index], isDirectory: true)
  }
}

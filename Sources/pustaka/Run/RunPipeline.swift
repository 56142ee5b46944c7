import Foundation
import Logging
import PustakaCore
import PustakaIngest
import PustakaReports

/// The monthly batch: load, score, then write each regency's reports.
///
/// Stages report progress through `ProgressReporter`; anything that stops the run is a
/// `CommandFailure`, printed and turned into an exit status as for every command
/// (`ExitStatus.end(_:)`).
struct RunPipeline {
  let configuration: RunConfiguration
  let progress: ProgressReporter
  let logger: Logger

  /// Runs `pustaka run`.
  ///
  /// - Throws: `CommandFailure` when a stage cannot complete, with paths under the output
  ///   folder named as `--out` was typed.
  static func main(_ configuration: RunConfiguration) throws(CommandFailure) -> ExitStatus {
    let level: Logger.Level = configuration.verbosity == .quiet ? .error : .info
    let logger = Logger(label: "pustaka") { _ in StandardErrorLogHandler(logLevel: level) }
    let progress = ProgressReporter(verbosity: configuration.verbosity, logger: logger)
    let pipeline = RunPipeline(configuration: configuration, progress: progress, logger: logger)
    do throws(CommandFailure) {
      let summary = try pipeline.run()
      if configuration.verbosity != .quiet {
        for line in summary.lines(naming: configuration.outputDisplay) { logger.info("\(line)") }
      }
      return .ok
    } catch {
      progress.endLine()
      throw error.naming(output: configuration.outputDisplay)
    }
  }

  /// Runs every stage, holding the output folder's claim from before the data is loaded to
  /// the end (the rubric comes first: it is small, and a malformed one should leave no trace).
  ///
  /// - Returns: What was done, for the final summary.
  /// - Throws: `CommandFailure` when a stage cannot complete.
  func run() throws(CommandFailure) -> RunSummary {
    var timings = StageTimings()
    let rubric = try timings.measure("rubric") { () throws(CommandFailure) in try loadRubric() }
    let claim = try OutputFolderClaim(folder: configuration.outputURL, shard: configuration.shard)
    return try claim.holding { () throws(CommandFailure) in
      try runStages(rubric: rubric, timings: timings)
    }
  }

  private func runStages(
    rubric: LoadedRubric, timings: StageTimings
  ) throws(CommandFailure) -> RunSummary {
    var timings = timings
    let loaded = try timings.measure("load") { () throws(CommandFailure) in try loadData() }
    let scored = try timings.measure("score") { () throws(CommandFailure) in
      try score(loaded, rubric: rubric)
    }
    let places = scored.report.places
    let regencies = configuration.shard.regencies(of: places.regencies.map(\.name))
    // Shard 1 writes the province summaries as well.
    let provinces = configuration.shard.index == 1 ? provinceFolders(scored.report) : []
    let folders =
      regencies.map { regencyFolder($0, places: places) }
      + provinces.map { $0.deletingLastPathComponent() }
    let locks = try folders.map { folder throws(CommandFailure) in try RunLock(folder: folder) }
    defer { withExtendedLifetime(locks) {} }
    for folder in folders { try cleanLeftovers(in: folder) }
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
    for (index, folder) in provinces.enumerated() {
      try writeProvince(index, input: input, into: folder)
    }
    if places.holdsSeveralRegencies, configuration.shard.index == 1 {
      try writeCompleteRejectedRows(tables.rejectedRows)
    }
    timings.record("write", since: writeStart)
    return RunSummary(
      period: scored.report.period, outcomes: outcomes,
      rejectedRows: loaded.result.rejectedRows.count,
      warnings: loaded.result.warningCount, timings: timings, shard: configuration.shard,
      regencyCount: places.regencies.count, provinceFolders: provinces)
  }

  /// Removes what killed or crashed runs left in `folder`, naming each with `--verbose`.
  private func cleanLeftovers(in folder: URL) throws(CommandFailure) {
    for cleaned in try LeftoverFolders.clean(folder) {
      let done = cleaned.restored ? "Put back" : "Removed"
      let shown = configuration.outputDisplay.path(of: folder)
      progress.detail("\(done) '\(cleaned.name)', left in \(shown) by an interrupted run")
    }
  }

  /// The folder of regency `index`: `<out>/<regency slug>`.
  func regencyFolder(_ index: Int, places: PlaceDirectory) -> URL {
    configuration.outputURL.appendingPathComponent(
      RegencySlug.slugs(for: places.regencies.map(\.name))[index], isDirectory: true)
  }
}

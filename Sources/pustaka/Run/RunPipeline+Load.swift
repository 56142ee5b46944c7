import Foundation
import PustakaCore
import PustakaIngest
import PustakaReports

/// The data as loaded, with what the run needs to report about it.
struct LoadedData: Sendable {
  /// The loader's result.
  var result: IngestResult
  /// The input files' summaries with their checksums, for the data-quality sheet and the
  /// manifest.
  var files: [InputFileSummary]
}

/// The engine's results for the period and the one before.
struct ScoredData: Sendable {
  /// The reported period's results.
  var report: PeriodReport
  /// The previous period's results, when the data reaches back that far.
  var previous: PeriodReport?
}

/// The rubric used, with where it came from.
struct LoadedRubric: Sendable {
  /// The rubric.
  var rubric: Rubric
  /// `built-in` or the file's path.
  var source: String
  /// SHA-256 of the rubric as YAML.
  var sha256: String
}

extension RunPipeline {
  /// Loads the rubric file, or takes the built-in rubric.
  func loadRubric() throws(CommandFailure) -> LoadedRubric {
    let rubric = try RubricPipeline.loadRubric(configuration.rubricPath)
    let yaml = RubricYAMLEncoder.encode(rubric)
    return LoadedRubric(
      rubric: rubric, source: configuration.rubricPath ?? "built-in",
      sha256: Checksum.sha256(of: Array(yaml.utf8)))
  }

  /// Loads the data set and refuses it when it cannot be used.
  func loadData() throws(CommandFailure) -> LoadedData {
    progress.begin("Loading \(configuration.dataPath)")
    let loader = DataSetLoader(
      reportingPeriodEnd: configuration.period?.lastMonth, outputFolder: configuration.outputURL,
      threads: configuration.jobs)
    let result = try DataSetAcceptance.load(loader, dataPath: configuration.dataPath)
    for input in result.inputs {
      let place = input.sheet.map { "\(input.path) [\($0)]" } ?? input.path
      progress.detail(
        "Read \(place): \(input.rowsRead) rows of \(input.table.rawValue), \(input.rejected) rejected"
      )
    }
    // A file that cannot be read at all is an error naming the file, printed compiler-style
    // as validate and score print it; the other diagnostics only with --verbose.
    let dataPath = configuration.dataPath
    for diagnostic in result.diagnostics {
      let line = DataPathDisplay.formatted(diagnostic, dataPath: dataPath)
      if diagnostic.isFileError { progress.diagnostic(line) } else { progress.detail(line) }
    }
    try DataSetAcceptance.check(result, dataPath: dataPath, strict: configuration.strict) {
      for diagnostic in $0 where !diagnostic.isFileError {
        progress.diagnostic(DataPathDisplay.formatted(diagnostic, dataPath: dataPath))
      }
    }
    // A file that cannot be read at all is reported and the run goes on with the others,
    // as the data contract says, unless --strict.
    if !result.unreadableFiles.isEmpty {
      let unreadable = result.unreadableFiles.map { "'\($0)'" }.joined(separator: ", ")
      progress.note("the run goes on without \(unreadable)")
    }
    let rejected = result.rejectedRows.count
    let rows = result.tables.reduce(0) { $0 + $1.rowsRead }
    progress.finish(
      "Loaded \(rows) rows from \(result.inputs.count) files: \(rejected) rejected, "
        + "\(result.warningCount) warnings")
    return LoadedData(result: result, files: fileSummaries(result))
  }

  /// Scores the period and the one before it.
  func score(_ loaded: LoadedData, rubric: LoadedRubric) throws(CommandFailure) -> ScoredData {
    progress.begin("Scoring")
    let scorer = KPIScorer(dataSet: loaded.result.dataSet, rubric: rubric.rubric)
    let selection = try PeriodSelection(
      given: configuration.period, scorer: scorer, dataPath: configuration.dataPath)
    if let explanation = selection.explanation { progress.note(explanation) }
    let period = selection.period
    let (report, previousReport) = PeriodReport.withPrevious(scorer: scorer, period: period)
    let previous = previousReport.scoreboard.reporting.isEmpty ? nil : previousReport
    progress.finish(
      "Scored \(report.scoreboard.reporting.count) of \(report.scoreboard.libraries.count) "
        + "libraries for \(period)")
    return ScoredData(report: report, previous: previous)
  }

  /// What the report writer receives.
  func reportInput(
    _ loaded: LoadedData, _ scored: ScoredData, rubric: LoadedRubric
  ) -> ReportInput {
    let quality = DataQualityInput(
      files: loaded.files, diagnostics: loaded.result.diagnostics,
      skippedFiles: loaded.result.skippedFiles.map(\.file),
      unreadableFiles: loaded.result.unreadableFiles)
    return ReportInput(
      report: scored.report, previous: scored.previous, quality: quality,
      provenance: Provenance(
        toolVersion: Pustaka.configuration.version, rubricSource: rubric.source,
        rubricSHA256: rubric.sha256))
  }

  /// The loader's file summaries with their checksums, hashed on `--jobs` threads; a file
  /// read as several sheets is hashed once.
  private func fileSummaries(_ result: IngestResult) -> [InputFileSummary] {
    var isDirectory: ObjCBool = false
    let isFolder =
      FileManager.default.fileExists(atPath: configuration.dataURL.path, isDirectory: &isDirectory)
      && isDirectory.boolValue
    var paths: [String] = []
    for input in result.inputs where !paths.contains(input.path) { paths.append(input.path) }
    let dataURL = configuration.dataURL
    let urls = paths.map { isFolder ? dataURL.appendingPathComponent($0) : dataURL }
    let checksums = Checksums(count: urls.count)
    // Checksum.sha256(ofFileAt:) never throws: an unreadable file has no checksum.
    _ = ParallelJobs.run(
      count: urls.count, threads: configuration.jobs, progress: { _ in },
      job: { (position: Int) throws(CommandFailure) in
        checksums.set(Checksum.sha256(ofFileAt: urls[position]), at: position)
      })
    let byPath = Dictionary(uniqueKeysWithValues: zip(paths, checksums.values))
    return result.inputs.map { input in
      var summary = input
      summary.sha256 = byPath[input.path] ?? nil
      return summary
    }
  }
}

/// The checksums of the input files, filled in by several threads, one slot each.
private final class Checksums: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [String?]

  init(count: Int) {
    slots = [String?](repeating: nil, count: count)
  }

  func set(_ checksum: String?, at position: Int) {
    lock.withLock { slots[position] = checksum }
  }

  var values: [String?] { lock.withLock { slots } }
}

import Foundation
import PustakaCore
import PustakaReports

/// Fills `manifest.json` for one regency from what the run loaded, used and wrote.
struct RunManifestBuilder {
  let configuration: RunConfiguration
  let loaded: LoadedData
  let rubric: LoadedRubric
  let timings: StageTimings

  /// The manifest of the regency planned in `plan`, whose files are `outputs`.
  func manifest(
    plan: ReportPlan, input: ReportInput, outputs: [RunManifest.Output]
  ) -> RunManifest {
    let result = loaded.result
    let rowsRead = result.tables.reduce(0) { $0 + $1.rowsRead }
    let rejected = result.tables.reduce(0) { $0 + $1.rejected }
    return RunManifest(
      tool: .init(name: "pustaka", version: Pustaka.configuration.version),
      regency: plan.regency.scope.regencyName, period: input.report.period.description,
      previousPeriod: input.report.period.previous.description,
      options: .init(
        language: configuration.language.rawValue, office: configuration.office,
        libraryCards: configuration.libraryCards,
        awardBasis: configuration.awardBasis.rawValue, strict: configuration.strict,
        shard: configuration.shard.description),
      rubric: .init(source: rubric.source, sha256: rubric.sha256),
      inputs: loaded.files.map { file in
        .init(
          path: file.path, sheet: file.sheet, table: file.table.rawValue,
          sha256: file.sha256,
          rowsRead: file.rowsRead, rejected: file.rejected)
      },
      skippedFiles: result.skippedFiles.map { .init(path: $0.file, reason: $0.reason) },
      unreadableFiles: result.unreadableFiles,
      counts: .init(
        libraries: plan.regency.scores.count, reporting: plan.regency.reporting.count,
        rowsRead: rowsRead, rowsAccepted: rowsRead - rejected, rowsRejected: rejected,
        warnings: result.warningCount, workbooks: plan.entries.count),
      warnings: result.diagnostics.filter { $0.severity == .warning }.map(\.formatted),
      outputs: outputs, timings: timings.dictionary)
  }
}

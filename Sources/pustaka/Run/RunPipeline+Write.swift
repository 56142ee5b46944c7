import Foundation
import PustakaCore
import PustakaReports
import XLSXReader
import XLSXWriter

extension RunPipeline {
  /// Writes one regency's period folder: workbooks, CSV files and manifest, staged beside the
  /// old folder and swapped in at the end.
  func writeRegency(
    _ index: Int, input: ReportInput, loaded: LoadedData, tables: RunTables,
    rubric: LoadedRubric, timings: StageTimings
  ) throws(CommandFailure) -> RegencyOutcome {
    let places = input.report.places
    let period = input.report.period
    let destination = regencyFolder(index, places: places).appendingPathComponent(
      period.description, isDirectory: true)
    let swap = try PeriodFolderSwap(destination: destination)
    do throws(CommandFailure) {
      let options = ReportOptions(
        language: configuration.language, office: configuration.office,
        created: PeriodEnd.date(of: period), awardBasis: configuration.awardBasis)
      let plan = ReportPlan(
        input: input, regencyIndex: index, options: options,
        includeCards: configuration.libraryCards)
      let regency = plan.regency.scope.regencyName
      try writeWorkbooks(plan, into: swap.staging, regency: regency)
      try writeTables(tables, regency: index, of: places, into: swap.staging)
      let outputs = try OutputListing.files(in: swap.staging)
      let manifest = RunManifestBuilder(
        configuration: configuration, loaded: loaded, rubric: rubric, timings: timings
      ).manifest(plan: plan, input: input, outputs: outputs)
      try write(manifest, to: swap.staging.appendingPathComponent("manifest.json"))
      try swap.commit()
      progress.detail("Wrote \(configuration.outputDisplay.path(of: destination))")
      return RegencyOutcome(
        regency: regency, folder: destination, libraries: plan.regency.scores.count,
        reporting: plan.regency.reporting.count, workbooks: plan.entries.count)
    } catch {
      swap.discard()
      throw error
    }
  }

  /// Writes every workbook of `plan` on `configuration.jobs` threads.
  private func writeWorkbooks(
    _ plan: ReportPlan, into folder: URL, regency: String
  ) throws(CommandFailure) {
    let stage = "Writing \(regency) workbooks"
    progress.begin(stage)
    let total = plan.entries.count
    for subfolder in Set(plan.entries.map { ($0.path as NSString).deletingLastPathComponent })
    where !subfolder.isEmpty {
      try Folders.create(folder.appendingPathComponent(subfolder, isDirectory: true))
    }
    let reporter = progress
    let failure = ParallelJobs.run(
      count: total, threads: configuration.jobs,
      progress: { done in reporter.advance(stage, done: done, total: total) },
      job: { (position: Int) throws(CommandFailure) in
        let entry = plan.entries[position]
        let url = folder.appendingPathComponent(entry.path)
        do throws(XLSXError) {
          // Checked complete before it gets its name, so a failing temporary folder can never
          // leave a workbook of empty parts to be swapped in over good reports (issue 10.1).
          try WorkbookWriter.write(
            plan.build(entry), to: url, verifier: PackageVerifier.problem(in:))
          reporter.detail("Wrote \(entry.path)")
        } catch {
          throw .fileUnwritable(path: entry.path, reason: error.description)
        }
      })
    if let failure { throw failure }
    progress.finish("Wrote \(total) workbooks for \(regency)")
  }

  /// Writes the regency's rows of `scores.csv` and `districts.csv`, and the rows of
  /// `rejected-rows.csv` that belong to its libraries.
  private func writeTables(
    _ tables: RunTables, regency index: Int, of places: PlaceDirectory, into folder: URL
  ) throws(CommandFailure) {
    let regency = places.regencies[index].name
    let rejected = RejectedRowsTable.rows(of: index, in: tables.rejectedRows, places: places)
    for (name, table) in [
      ("scores.csv", tables.scores.filtered(column: "regency", equals: regency)),
      ("districts.csv", tables.districts.filtered(column: "regency", equals: regency)),
      ("rejected-rows.csv", RejectedRowsTable.table(rejected)),
    ] {
      try write(Data(table.csv.utf8), to: folder.appendingPathComponent(name))
    }
  }

  /// Writes every rejected row of the data set to `<out>/rejected-rows.csv`, for a run over
  /// several regencies, under a temporary name first so that the file is whole or absent.
  func writeCompleteRejectedRows(_ rows: [RejectedRow]) throws(CommandFailure) {
    try Folders.replaceFile(
      configuration.outputURL.appendingPathComponent("rejected-rows.csv"),
      with: Data(RejectedRowsTable.table(rows).csv.utf8))
  }

  private func write(_ manifest: RunManifest, to url: URL) throws(CommandFailure) {
    let data: Data
    do {
      data = try manifest.json()
    } catch {
      throw .outputUnwritable(path: url.path, reason: "the manifest could not be encoded")
    }
    try write(data, to: url)
  }

  private func write(_ data: Data, to url: URL) throws(CommandFailure) {
    try Folders.writeFile(data, to: url)
  }
}

/// The run's CSV tables over the whole data set, built once and cut per regency.
struct RunTables: Sendable {
  /// `scores.csv` for every library.
  var scores: TextTable
  /// `districts.csv` for every district.
  var districts: TextTable
  /// Every rejected row of the data set, for `rejected-rows.csv`.
  var rejectedRows: [RejectedRow]
}

/// The end of a period as the fixed creation time of its workbooks: the last second of its
/// last month, UTC (2026-10 -> 2026-10-31 23:59:59).
enum PeriodEnd {
  /// The last second of `period`.
  static func date(of period: Period) -> Date {
    let next = period.lastMonth.next
    var components = DateComponents()
    components.year = next.year
    components.month = next.month
    components.day = 1
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let start = calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    return start.addingTimeInterval(-1)
  }
}

import ArgumentParser
import Foundation
import PustakaCore
import PustakaReports

/// The `pustaka run` command, the monthly batch.
///
/// It loads the data, scores the period and writes every regency's workbooks, CSV files and
/// manifest.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Load, score and write every report for a period (the monthly batch).",
    discussion: """
      Writes, for each regency in the data, reports/<regency>/<period>/ with the regency \
      summary (Rekap-<Regency>-<period>.xlsx), one workbook per district (Kecamatan/), one \
      report card per library (Perpustakaan/), scores.csv, districts.csv, rejected-rows.csv \
      and manifest.json. A run builds the period folder beside the old one and swaps it in \
      only when everything succeeded, so a failed run leaves earlier reports intact.

      Exit status: 0 done (an input file that cannot be read at all is reported and \
      skipped); 64 wrong command line; 65 rows rejected or warnings under --strict (nothing \
      is written), or no attendance data; 66 the data folder, the libraries table or the \
      rubric file is missing (with --strict, also an unreadable input file); 73 the reports \
      cannot be written; 75 another run is writing the same reports (run again later); 78 \
      the rubric file is malformed.
      """)

  @OptionGroup var dataOptions: DataOptions

  @Option(
    help: ArgumentHelp(
      "The period: a month (2026-10), a quarter (2026-Q4), a year (2026) or a range of "
        + "months (2025-11..2026-10); by default the latest month at least half of the "
        + "libraries report.", valueName: "period"),
    transform: ArgumentParsing.period)
  var period: Period?

  @Option(help: ArgumentHelp("The folder the reports are written to.", valueName: "dir"))
  var out: String = "reports"

  @OptionGroup var rubricOptions: RubricOptions

  @Option(help: "The language of the workbooks: id (Indonesian) or en (English).")
  var lang: ReportLanguage = .indonesian

  @Option(help: ArgumentHelp("The office named as the workbooks' author.", valueName: "name"))
  var office: String = "Dinas Perpustakaan"

  @Option(
    help: ArgumentHelp(
      "The KPI the award list is drawn on: 12m (the 12 months ending with the period's last "
        + "month) or period (the period alone).", valueName: "basis"))
  var awardBasis: AwardBasis = .twelveMonths

  @Flag(help: "Skip the report cards, one workbook per library.")
  var noLibraryCards = false

  @Option(
    help: ArgumentHelp(
      "Files read and workbooks written at once; by default the number of cores."))
  var jobs: Int?

  @Flag(help: "Fail (exit 65, nothing written) when any row is rejected or any warning found.")
  var strict = false

  @Flag(help: "Print only errors.")
  var quiet = false

  @Flag(help: "Also print each file read and each workbook written.")
  var verbose = false

  @Option(
    help: ArgumentHelp(
      "Handle only the regencies of shard I of N (deterministic split by regency).",
      valueName: "I/N"), transform: ArgumentParsing.shard)
  var shard: Shard?

  mutating func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be combined") }
    if out.isEmpty { throw ValidationError("--out needs a folder") }
    if office.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--office needs a name")
    }
  }

  func run() throws {
    let configuration = RunConfiguration(
      dataPath: dataOptions.data, period: period,
      outputPath: out, rubricPath: rubricOptions.rubric, language: lang,
      office: office.trimmingCharacters(in: .whitespaces), awardBasis: awardBasis,
      libraryCards: !noLibraryCards,
      jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, strict: strict,
      verbosity: quiet ? .quiet : verbose ? .verbose : .normal,
      shard: shard ?? .whole)
    try ExitStatus.end { () throws(CommandFailure) in try RunPipeline.main(configuration) }
  }
}

extension ReportLanguage: ExpressibleByArgument {}

extension AwardBasis: ExpressibleByArgument {}

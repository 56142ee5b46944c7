import ArgumentParser
import PustakaCore

/// `pustaka score`: score every library for a period and print `scores.csv` (or
/// `districts.csv`) to standard output.
struct ScoreCommand: ParsableCommand {
  /// How the table is printed.
  enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// CSV with a header row, as `scores.csv` in reports.md.
    case csv
    /// A JSON array of objects with the same columns.
    case json
  }

  static let configuration = CommandConfiguration(
    commandName: "score",
    abstract: "Score the libraries for a period and print the scores table.",
    discussion: """
      Prints one row per library (the scores.csv of the reports) or, with --districts, one \
      row per district with the literacy index (districts.csv). The period is a month \
      (2026-10), a quarter (2026-Q4), a year (2026) or a range of months (2025-11..2026-10); \
      by default the latest month with attendance data. A file that cannot be read is an error naming it, and the libraries \
      are scored from the other files (as pustaka run does) unless --strict. Exits 64 for a \
      wrong command line, 65 when the data has no attendance rows (or, with --strict, on any \
      rejected row or warning), 66 when the data folder, its libraries table or the rubric \
      file cannot be read (or, with --strict, any data file), 78 when the rubric is \
      malformed.
      """)

  @OptionGroup var dataOptions: DataOptions

  @Option(
    help: ArgumentHelp(
      "The period: a month (2026-10), a quarter (2026-Q4), a year (2026) or a range of months "
        + "(2025-11..2026-10).",
      valueName: "period"), transform: ArgumentParsing.period)
  var period: Period?

  @OptionGroup var rubricOptions: RubricOptions

  @Flag(help: "Print the districts table (with the literacy index) instead of the libraries.")
  var districts = false

  @Option(help: "The output format: csv or json.")
  var format: Format = .csv

  @Flag(
    help: "Fail on an unreadable file (exit 66), a rejected row or a warning (exit 65).")
  var strict = false

  func run() throws {
    let configuration = ScoreConfiguration(
      dataPath: dataOptions.data, period: period,
      rubricPath: rubricOptions.rubric, districts: districts, format: format, strict: strict)
    try ExitStatus.end { () throws(CommandFailure) in try ScorePipeline.run(configuration) }
  }
}

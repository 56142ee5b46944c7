import ArgumentParser
import Foundation
import PustakaReports

/// `pustaka validate`: load a data set and report what was accepted, rejected and warned about.
struct Validate: ParsableCommand {
  /// How the report is written.
  enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// A table of counts, then diagnostics grouped by file.
    case text
    /// One JSON document (see docs/validate-json.md).
    case json
  }

  static let configuration = CommandConfiguration(
    abstract: "Check a data set against the data contract without scoring it.",
    discussion: """
      Prints, per table, the files, rows read, accepted, rejected and warnings, then every \
      problem grouped by file. Exits 0 when clean or with warnings only (identical duplicate \
      copies are warnings), 65 when rows were rejected for an error (or, with --strict, on \
      any warning or rejected copy), 66 when a file cannot be read or there is no libraries \
      table. With --feedback DIR it also writes one short note per file with problems, to \
      send back to its library (and removes the notes of files corrected since); 73 when a \
      note cannot be written. See docs/submissions.md.
      """)

  @OptionGroup var dataOptions: DataOptions

  @Flag(help: "Treat warnings and rejected duplicate copies as failures (exit 65).")
  var strict = false

  @Option(help: "The report format: text or json.")
  var format: Format = .text

  @Option(
    help: ArgumentHelp(
      "Also write one short note per file with problems into this folder, in the language of "
        + "its template, to send back to the library.", valueName: "dir"))
  var feedback: String?

  @Option(
    help: "The language of notes on files that do not state one (CSV files): id or en.")
  var lang: ReportLanguage = .indonesian

  func run() throws {
    let configuration = ValidateConfiguration(
      dataPath: dataOptions.data, strict: strict, format: format, feedbackPath: feedback,
      feedbackLanguage: lang)
    try ExitStatus.end { () throws(CommandFailure) in try ValidatePipeline.run(configuration) }
  }
}

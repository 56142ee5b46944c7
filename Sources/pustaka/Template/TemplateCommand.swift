import ArgumentParser
import Foundation
import PustakaCore
import PustakaReports

/// `pustaka template`: writes the month's data-entry workbooks, one per registered library.
struct TemplateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "template",
    abstract: "Write one data-entry workbook per library for a month, to send to the libraries.",
    discussion: """
      Each workbook, <library_id>-<YYYY-MM>.xlsx, is prefilled with the library's identity and \
      the month: one attendance row per day, empty activity rows, the budget lines the library \
      used in the last 12 months, one collection row per category and one operations row. Entry \
      cells are validated and everything else is locked (no password). A returned workbook \
      loads as it is: drop it into the month's folder of the data and run. With --blank it \
      writes one workbook for a library not yet in the register, with a libraries sheet to \
      fill in; --data is then not read. Exits 0 when written, 64 for a --period that is not \
      one month, 66 when the data folder or its libraries table is missing, 73 when a \
      template cannot be written. See docs/submissions.md.
      """)

  @OptionGroup var dataOptions: DataOptions

  @Option(
    help: ArgumentHelp("The month the templates collect, as YYYY-MM.", valueName: "month"),
    transform: ArgumentParsing.month)
  var period: Month

  @Option(help: ArgumentHelp("The folder to write the templates into.", valueName: "dir"))
  var out: String

  @Option(help: "The language of the templates: id (Indonesian) or en (English).")
  var lang: ReportLanguage = .indonesian

  @Flag(help: "Write one template for a library not yet in the register, and nothing else.")
  var blank = false

  func run() throws {
    let configuration = TemplateConfiguration(
      dataPath: dataOptions.data, month: period, outPath: out, language: lang, blank: blank)
    try ExitStatus.end { () throws(CommandFailure) in try TemplatePipeline.run(configuration) }
  }
}

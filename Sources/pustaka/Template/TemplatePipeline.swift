import Foundation
import PustakaCore
import PustakaIngest
import PustakaReports

/// What `pustaka template` was asked to do.
struct TemplateConfiguration {
  /// The data path as typed.
  let dataPath: String
  /// The month the templates collect.
  let month: Month
  /// The output folder as typed.
  let outPath: String
  /// The templates' language.
  let language: ReportLanguage
  /// Whether to write one blank template instead of one per library.
  let blank: Bool
}

/// Loads the register and writes the month's templates.
enum TemplatePipeline {
  /// Runs `pustaka template` with `configuration`, printing what it wrote.
  ///
  /// - Throws: `CommandFailure` when the data cannot be loaded, holds no libraries table, or a
  ///   template cannot be written.
  static func run(_ configuration: TemplateConfiguration) throws(CommandFailure) -> ExitStatus {
    let folder = URL(fileURLWithPath: configuration.outPath, isDirectory: true)
    let display = OutputPathDisplay(folder: folder, typed: configuration.outPath)
    let templates: [SubmissionTemplate]
    if configuration.blank {
      let history = TemplateHistory(data: DataSet(), month: configuration.month)
      templates = [
        SubmissionTemplate(library: nil, history: history, language: configuration.language)
      ]
    } else {
      let result = try DataSetAcceptance.load(DataSetLoader(), dataPath: configuration.dataPath)
      try DataSetAcceptance.check(
        result, dataPath: configuration.dataPath, strict: false, print: { _ in })
      let history = TemplateHistory(data: result.dataSet, month: configuration.month)
      templates = result.dataSet.libraries.map {
        SubmissionTemplate(library: $0, history: history, language: configuration.language)
      }
    }
    do throws(CommandFailure) {
      try OutputFiles.createFolder(folder)
      for template in templates {
        try OutputFiles.writeWorkbook(
          template.spec, to: folder.appendingPathComponent(template.fileName))
      }
    } catch {
      throw error.naming(output: display)
    }
    let noun = templates.count == 1 ? "template" : "templates"
    print(
      "wrote \(templates.count) \(noun) for \(configuration.month) to '\(configuration.outPath)'")
    return .ok
  }
}

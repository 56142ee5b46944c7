import ArgumentParser

/// The `pustaka` command: KPI scoring and Excel reports for village libraries.
@main
struct Pustaka: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pustaka",
    abstract: "Score village libraries on the KPI and write the regency's Excel reports.",
    version: "0.1.0",
    subcommands: [
      RunCommand.self, Validate.self, ScoreCommand.self, RubricCommand.self, Sample.self,
      TemplateCommand.self,
    ]
  )
}

import ArgumentParser

/// `pustaka rubric`: print the KPI rubric as YAML, the built-in one or a checked file.
struct RubricCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rubric",
    abstract: "Print the KPI rubric as YAML.",
    discussion: """
      Prints the built-in rubric (20 indicators, thresholds, weights, grades), ready to copy, \
      edit and pass to 'pustaka score --rubric FILE'. With --rubric, checks that file and \
      prints it as it will be used; a malformed file is refused with its line and reason \
      (exit 78).
      """)

  @OptionGroup var rubricOptions: RubricOptions

  func run() throws {
    let configuration = RubricConfiguration(rubricPath: rubricOptions.rubric)
    try ExitStatus.end { () throws(CommandFailure) in try RubricPipeline.run(configuration) }
  }
}

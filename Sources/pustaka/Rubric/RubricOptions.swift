import ArgumentParser

/// The option that replaces the built-in rubric, shared by `score` and `rubric`.
struct RubricOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "A rubric YAML file to use instead of the built-in one (see 'pustaka rubric').",
      valueName: "file"))
  var rubric: String?

  mutating func validate() throws {
    if let rubric, rubric.isEmpty { throw ValidationError("--rubric needs a file") }
  }
}

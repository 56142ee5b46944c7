import ArgumentParser

/// The options that choose the input data set, shared by the commands that read data.
struct DataOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The data folder (or one .xlsx workbook) holding the six tables.", valueName: "dir"))
  var data: String = "samples/ngawi"

  mutating func validate() throws {
    guard !data.isEmpty else { throw ValidationError("--data needs a folder") }
  }
}

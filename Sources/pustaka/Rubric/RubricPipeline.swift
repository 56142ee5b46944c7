import Foundation
import PustakaCore
import PustakaIngest

/// The resolved settings of one `pustaka rubric` run.
struct RubricConfiguration: Sendable {
  /// The rubric file as given, or `nil` for the built-in rubric.
  var rubricPath: String?
}

/// Loads the rubric (built in or from a file) and prints it as YAML.
enum RubricPipeline {
  /// Runs `pustaka rubric`, printing the YAML to standard output.
  ///
  /// - Throws: `CommandFailure.rubric` when the file cannot be read or is malformed.
  static func run(_ configuration: RubricConfiguration) throws(CommandFailure) -> ExitStatus {
    let rubric = try loadRubric(configuration.rubricPath)
    print(RubricYAMLEncoder.encode(rubric), terminator: "")
    return .ok
  }

  /// The rubric at `path`, or the built-in one for `nil`; `score`, `rubric` and `run` load it
  /// here.
  ///
  /// - Throws: `CommandFailure.rubric` when the file cannot be read (exit 66) or is
  ///   malformed (exit 78).
  static func loadRubric(_ path: String?) throws(CommandFailure) -> Rubric {
    guard let path else { return .builtIn }
    do throws(RubricFileError) {
      return try RubricFile.load(path: path)
    } catch {
      throw .rubric(error)
    }
  }
}

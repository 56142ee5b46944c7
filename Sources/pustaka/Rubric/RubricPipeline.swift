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
  /// Runs `pustaka rubric`, printing the YAML to standard output and a refusal to standard
  /// error.
  static func run(_ configuration: RubricConfiguration) -> ExitStatus {
    switch loadRubric(configuration.rubricPath) {
    case .loaded(let rubric):
      print(RubricYAMLEncoder.encode(rubric), terminator: "")
      return .ok
    case .refused(let status):
      return status
    }
  }

  /// The rubric at `path`, or the built-in one for `nil`; on failure the message is printed to
  /// standard error and the exit status returned (78 malformed, 66 unreadable).
  static func loadRubric(_ path: String?) -> RubricLoad {
    guard let path else { return .loaded(.builtIn) }
    do throws(RubricFileError) {
      return .loaded(try RubricFile.load(path: path))
    } catch {
      FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
      switch error {
      case .unreadable: return .refused(.inputMissing)
      case .malformed: return .refused(.configuration)
      }
    }
  }

  /// The outcome of loading the rubric.
  enum RubricLoad {
    /// The rubric to use.
    case loaded(Rubric)
    /// The rubric was refused (the message is printed); the run ends with this status.
    case refused(ExitStatus)
  }
}

import Foundation
import PustakaCore

/// Loads a rubric file given with `--rubric`.
package enum RubricFile {
  /// The rubric in the YAML file at `path`, named in messages as given.
  ///
  /// - Throws: `RubricFileError.unreadable` when the file cannot be read as UTF-8 text,
  ///   `RubricFileError.malformed` with the line and reason when it is not a sound rubric.
  package static func load(path: String) throws(RubricFileError) -> Rubric {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      throw .unreadable(file: path)
    }
    return try RubricYAMLDecoder.decode(text, file: path)
  }
}

import Foundation
import PustakaCore
import PustakaIngest

/// The data contract's rule on a loaded data set, one for `score` and `run`.
///
/// A file that cannot be read at all is an error naming the file (printed by the caller, as it
/// prints every diagnostic) and the command goes on with the other files, unless `--strict`.
/// No libraries table at all stops the command; under `--strict` a rejected row or a warning
/// stops it too, after every problem has been printed.
enum DataSetAcceptance {
  /// Loads the data set at `dataPath` with `loader`.
  ///
  /// - Throws: `CommandFailure.dataUnreadable` naming the data path as typed.
  static func load(_ loader: DataSetLoader, dataPath: String) throws(CommandFailure)
    -> IngestResult
  {
    do throws(IngestError) {
      return try loader.load(from: URL(fileURLWithPath: dataPath))
    } catch {
      throw .dataUnreadable(error.naming(path: dataPath))
    }
  }

  /// Refuses `result` when it cannot be used.
  ///
  /// - Parameters:
  ///   - result: The loaded data set, whose file errors have been printed.
  ///   - dataPath: The data path as typed.
  ///   - strict: Whether `--strict` was given.
  ///   - print: Prints the data set's diagnostics before a `--strict` refusal for them.
  /// - Throws: `CommandFailure.noLibrariesTable`, `.strictUnreadable` or
  ///   `.strictDataProblems`.
  static func check(
    _ result: IngestResult, dataPath: String, strict: Bool, print: ([Diagnostic]) -> Void
  ) throws(CommandFailure) {
    guard result.hasLibrariesTable else {
      throw DataPathDisplay.missingLibraries(result, dataPath: dataPath)
    }
    guard strict else { return }
    if !result.unreadableFiles.isEmpty {
      throw .strictUnreadable(files: result.unreadableFiles, dataPath: dataPath)
    }
    let rejected = result.rejectedRows.count
    guard rejected > 0 || result.warningCount > 0 else { return }
    print(result.diagnostics)
    throw .strictDataProblems(rejected: rejected, warnings: result.warningCount)
  }
}

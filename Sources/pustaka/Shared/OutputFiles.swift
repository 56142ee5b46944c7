import Foundation
import XLSXReader
import XLSXWriter

/// Creating the folders and workbooks a command writes outside a run's reports (samples,
/// templates, feedback notes), with failures in the form every command prints.
enum OutputFiles {
  /// Creates `folder` and its parents when missing.
  ///
  /// - Throws: `CommandFailure.folderUncreatable` naming the folder.
  static func createFolder(_ folder: URL) throws(CommandFailure) {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .folderUncreatable(path: folder.path, reason: error.localizedDescription)
    }
  }

  /// Writes `spec` to `url` atomically, verified like the run's reports (issue 10.1): never
  /// an xlsx of empty parts.
  ///
  /// - Throws: `CommandFailure.fileUnwritable` naming the file and why.
  static func writeWorkbook(_ spec: WorkbookSpec, to url: URL) throws(CommandFailure) {
    do {
      try WorkbookWriter.write(spec, to: url, verifier: PackageVerifier.problem(in:))
    } catch {
      throw .fileUnwritable(path: url.path, reason: error.description)
    }
  }
}

import Foundation

/// The one entry point for writing a workbook: `WorkbookWriter.write(spec, to: url)`.
package enum WorkbookWriter {
  /// Checks a saved workbook at a location and returns why it is incomplete, or `nil` when it
  /// is complete (XLSXWriter cannot read zip files itself; `XLSXReader.PackageVerifier` can).
  package typealias Verifier = @Sendable (URL) -> String?

  /// Writes `spec` to `url` atomically.
  ///
  /// The workbook is written under a hidden temporary name in the destination folder, checked
  /// by `verifier`, and renamed into place once complete. On any failure the temporary file is
  /// removed and a file already at `url` is left untouched. A temporary folder that is missing
  /// or not writable is refused before anything is written. When saving fails or the file
  /// comes out incomplete, the temporary folder is probed, and its fault, when it has one, is
  /// the error (libxlsxwriter does not check its writes to temporary files, so a full folder
  /// would otherwise give a file of empty or cut-short parts). The same spec always gives the
  /// same bytes (the creation time comes from `spec.properties.created`, never the clock).
  ///
  /// - Parameters:
  ///   - spec: The workbook to write.
  ///   - url: The final file location, normally ending in `.xlsx`.
  ///   - temporaryFolder: The folder for libxlsxwriter's temporary files; by default
  ///     `spec.options.temporaryDirectory` when set, else `TemporaryFolder.standard()`: a
  ///     memory folder when it has room, written again with the disk folder when saving there
  ///     fails for the folder's sake (the disk folder's failure is then the error).
  ///   - fallback: The folder to save with again when saving with `temporaryFolder` fails for
  ///     that folder's sake; without a `temporaryFolder`, the standard choice's.
  ///   - verifier: Checks the saved file before it gets its final name; `nil` skips the check.
  /// - Throws: `XLSXError` naming what could not be written: a sheet name or cell breaking
  ///   Excel's limits (checked before any file is touched), an operation libxlsxwriter
  ///   refused, a failing temporary folder, an incomplete file, or a folder that cannot be
  ///   written.
  package static func write(
    _ spec: WorkbookSpec, to url: URL, temporaryFolder: TemporaryFolder? = nil,
    fallback: TemporaryFolder? = nil, verifier: Verifier? = nil
  ) throws(XLSXError) {
    try ExcelLimits.validate(spec)
    let chosen =
      temporaryFolder ?? spec.options.temporaryDirectory.map { TemporaryFolder(path: $0) }
    let (scratch, fallback) = chosen.map { ($0, fallback) } ?? TemporaryFolder.standard()
    do throws(XLSXError) {
      try write(spec, to: url, scratch: scratch, verifier: verifier)
    } catch {
      guard let fallback, case .temporaryFolderFailed = error else { throw error }
      try write(spec, to: url, scratch: fallback, verifier: verifier)
    }
  }

  /// Writes `spec` to `url` atomically with libxlsxwriter's temporary files in `scratch`.
  private static func write(
    _ spec: WorkbookSpec, to url: URL, scratch: TemporaryFolder, verifier: Verifier?
  ) throws(XLSXError) {
    if let problem = scratch.availabilityProblem() { throw problem }
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)-"
        + "\(UUID().uuidString.prefix(8)).tmp")
    do throws(XLSXError) {
      do throws(XLSXError) {
        try WorkbookSession.write(spec, to: temporary.path, temporaryFolder: scratch.path)
      } catch {
        throw scratch.problem() ?? destinationProblem(folder, for: error) ?? error
      }
      if let problem = verifier?(temporary) {
        throw scratch.problem() ?? .incompleteWorkbook(path: url.path, problem: problem)
      }
      if let failure = SafeFile.moveIntoPlace(temporary.path, url.path) {
        throw .cannotReplaceFile(path: url.path, reason: String(cString: strerror(failure)))
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
  }

  /// What is wrong with the destination folder, when a probe write there fails too.
  ///
  /// Only for libxlsxwriter's generic zip error: a file that could not even be created
  /// already says so (`cannotCreateFile`).
  private static func destinationProblem(_ folder: URL, for error: XLSXError) -> XLSXError? {
    guard case .library = error else { return nil }
    return TemporaryFolder.probeWrite(folder.path).map {
      .destinationFolderFailed(path: folder.path, errorNumber: $0)
    }
  }
}

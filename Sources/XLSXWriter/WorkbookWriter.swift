import Foundation

/// The one entry point for writing a workbook: `WorkbookWriter.write(spec, to: url)`.
package enum WorkbookWriter {
  /// Writes `spec` to `url` atomically.
  ///
  /// The workbook is written under a hidden temporary name in the destination folder and
  /// renamed into place once complete. On any failure the temporary file is removed and a file
  /// already at `url` is left untouched. The same spec always gives the same bytes (the
  /// creation time comes from `spec.properties.created`, never the clock).
  ///
  /// - Parameters:
  ///   - spec: The workbook to write.
  ///   - url: The final file location, normally ending in `.xlsx`.
  /// - Throws: `XLSXError` naming what could not be written: a sheet name or cell breaking
  ///   Excel's limits (checked before any file is touched), an operation libxlsxwriter
  ///   refused, or a folder that cannot be written.
  package static func write(_ spec: WorkbookSpec, to url: URL) throws(XLSXError) {
    try ExcelLimits.validate(spec)
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)-"
        + "\(UUID().uuidString.prefix(8)).tmp")
    do {
      try WorkbookSession.write(spec, to: temporary.path)
      try moveIntoPlace(temporary, url)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
  }

  /// Renames `temporary` to `destination`, replacing an existing file in one step.
  private static func moveIntoPlace(_ temporary: URL, _ destination: URL) throws(XLSXError) {
    guard rename(temporary.path, destination.path) == 0 else {
      let reason = String(cString: strerror(errno))
      throw .cannotReplaceFile(path: destination.path, reason: reason)
    }
  }
}

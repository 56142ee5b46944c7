import Foundation

extension LibreOfficeCalc {
  /// Prints `workbook` to PDF with LibreOffice, as `scripts/render.sh` does, and returns how
  /// many pages it printed.
  ///
  /// LibreOffice writes one `/Type/Page` object per page and no compressed object streams,
  /// so counting those objects counts the pages.
  package static func printedPageCount(of workbook: URL, in folder: URL) throws -> Int {
    guard let executable else { throw LibreOfficeError.notInstalled }
    let profile = folder.appendingPathComponent("lo-print-profile", isDirectory: true)
    let output = folder.appendingPathComponent("printed", isDirectory: true)
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    let process = Process()
    process.executableURL = executable
    process.arguments = [
      "-env:UserInstallation=\(profile.absoluteURL.absoluteString)", "--headless",
      "--norestore", "--convert-to", "pdf", "--outdir", output.path, workbook.path,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let pdf = output.appendingPathComponent(
      workbook.deletingPathExtension().lastPathComponent + ".pdf")
    guard let bytes = FileManager.default.contents(atPath: pdf.path) else {
      throw LibreOfficeError.conversionFailed(pdf.lastPathComponent)
    }
    let marker = Array("/Type/Page".utf8)
    var pages = 0
    var index = bytes.startIndex
    while let found = bytes[index...].firstRange(of: marker) {
      // "/Type/Pages" is the page tree, not a page.
      if found.upperBound == bytes.endIndex || bytes[found.upperBound] != UInt8(ascii: "s") {
        pages += 1
      }
      index = found.upperBound
    }
    return pages
  }
}

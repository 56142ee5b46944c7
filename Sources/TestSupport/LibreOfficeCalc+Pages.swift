import Foundation

extension LibreOfficeCalc {
  /// The number of pages LibreOffice prints `workbook` on: it exports the workbook to PDF
  /// (following each sheet's print setup, as printing does) into `folder` and counts the PDF's
  /// page objects.
  package static func printedPages(of workbook: URL, in folder: URL) throws -> Int {
    guard let executable else { throw LibreOfficeError.notInstalled }
    let profile = folder.appendingPathComponent("lo-profile-pdf", isDirectory: true)
    let output = folder.appendingPathComponent("pdf", isDirectory: true)
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    let process = Process()
    process.executableURL = executable
    process.arguments = [
      "-env:UserInstallation=\(profile.absoluteURL.absoluteString)", "--headless", "--norestore",
      "--convert-to", "pdf", "--outdir", output.path, workbook.path,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let pdf = output.appendingPathComponent(
      workbook.deletingPathExtension().lastPathComponent + ".pdf")
    guard let data = FileManager.default.contents(atPath: pdf.path) else {
      throw LibreOfficeError.conversionFailed(pdf.lastPathComponent)
    }
    // Every page is one "/Type/Page" object; "/Type/Pages" is the page tree.
    let text = String(decoding: data, as: UTF8.self)
    return text.components(separatedBy: "/Type/Page").count
      - text.components(separatedBy: "/Type/Pages").count
  }
}

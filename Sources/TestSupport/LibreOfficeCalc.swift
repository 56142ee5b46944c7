import Foundation

/// LibreOffice Calc run headless as a second, independent spreadsheet client for tests.
///
/// LibreOffice never recalculates an xlsx on load by default (and ignores `fullCalcOnLoad`),
/// so `recalculate(_:into:)` runs it with a private profile whose formula settings say
/// "recalculate always" for OOXML and ODF files, then saves the workbook again as xlsx. The
/// saved copy's cached values are LibreOffice's own results.
package enum LibreOfficeCalc {
  /// The `soffice` executable, when installed.
  package static let executable: URL? = {
    for path in [
      "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice",
    ]
    where FileManager.default.isExecutableFile(atPath: path) {
      return URL(fileURLWithPath: path)
    }
    return nil
  }()

  /// Whether LibreOffice is installed.
  package static var isAvailable: Bool { executable != nil }

  /// Opens each workbook in LibreOffice, recalculates every formula and saves it as xlsx in
  /// `folder`; returns the saved copies in the order given.
  package static func recalculate(_ workbooks: [URL], into folder: URL) throws -> [URL] {
    guard let executable else { throw LibreOfficeError.notInstalled }
    let profile = folder.appendingPathComponent("lo-profile", isDirectory: true)
    let user = profile.appendingPathComponent("user", isDirectory: true)
    try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
    try recalculateAlwaysSettings.write(
      to: user.appendingPathComponent("registrymodifications.xcu"), atomically: true,
      encoding: .utf8)
    let output = folder.appendingPathComponent("recalculated", isDirectory: true)
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    let process = Process()
    process.executableURL = executable
    process.arguments =
      [
        "-env:UserInstallation=\(profile.absoluteURL.absoluteString)", "--headless",
        "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", output.path,
      ] + workbooks.map(\.path)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let copies = workbooks.map { output.appendingPathComponent($0.lastPathComponent) }
    for copy in copies where !FileManager.default.fileExists(atPath: copy.path) {
      throw LibreOfficeError.conversionFailed(copy.lastPathComponent)
    }
    return copies
  }

  private static let recalculateAlwaysSettings = """
    <?xml version="1.0" encoding="UTF-8"?>
    <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
    xmlns:xs="http://www.w3.org/2001/XMLSchema" \
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
    <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
    <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
    <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
    <prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
    </oor:items>
    """
}

/// Why LibreOffice could not recalculate a workbook.
package enum LibreOfficeError: Error, CustomStringConvertible {
  /// `soffice` is not installed.
  case notInstalled
  /// LibreOffice wrote no copy of the named workbook.
  case conversionFailed(String)

  package var description: String {
    switch self {
    case .notInstalled: return "LibreOffice (soffice) is not installed; run 'make test'"
    case .conversionFailed(let name): return "LibreOffice could not open or save '\(name)'"
    }
  }
}

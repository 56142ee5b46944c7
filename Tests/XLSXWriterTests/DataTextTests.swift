import Foundation
import TestSupport
import Testing
import XLSXReader

@testable import XLSXWriter

/// Data text reaches libxlsxwriter in many places; none of them may read it as a code or write
/// it as XML that is not well-formed (issue 10, defects 2 and 3).
@Suite struct DataTextTests {
  @Test(
    "issue 10.2: a name with & codes is written and read back as its literal text everywhere",
    arguments: [
      ("P&G", "P&&G"), ("&[Picture]", "&&[Picture]"), ("&G", "&&G"),
      ("Tani & Ternak &P", "Tani && Ternak &&P"),
    ])
  func ampersandCodes(text: String, escaped: String) throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let url = folder.file("p.xlsx")
    try WorkbookWriter.write(DataTextWorkbook.make(text), to: url)
    let document = try XLSXDocument(contentsOf: url)
    let sheet = try #require(document.sheet(named: DataTextWorkbook.sheetName(for: text)))
    // Excel shows `&&` as one literal `&`.
    #expect(sheet.printSetup.header == "&CKabupaten \(escaped)")
    #expect(sheet.printSetup.footer == "&L\(escaped)&RHalaman &P")
    try expectLiteral(text, in: document, sheet: sheet)
  }

  static let controlText = "Desa\u{0B}Mekar\u{1F}Sari\u{FFFF}"
  static let cleanedText = "Desa\u{FFFD}Mekar\u{FFFD}Sari\u{FFFD}"

  @Test("issue 10.3: a vertical tab in every text place is read back replaced by U+FFFD")
  func controlCharacters() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let url = folder.file("vt.xlsx")
    try WorkbookWriter.write(DataTextWorkbook.make(Self.controlText), to: url)
    let document = try XLSXDocument(contentsOf: url)
    let sheet = try #require(
      document.sheet(named: DataTextWorkbook.sheetName(for: Self.cleanedText)))
    #expect(sheet.printSetup.header == "&CKabupaten \(Self.cleanedText)")
    try expectLiteral(Self.cleanedText, in: document, sheet: sheet)
  }

  // xmllint comes from Debian's libxml2-utils (make test installs it); skipped without it.
  @Test(
    "issue 10.3: with a vertical tab in every text place, every part passes xmllint --noout",
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: DataTextTests.xmllint)
        && FileManager.default.isExecutableFile(atPath: DataTextTests.unzip),
      "needs xmllint (apt-get install libxml2-utils) and unzip"))
  func controlCharactersWellFormed() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let url = folder.file("vt.xlsx")
    try WorkbookWriter.write(DataTextWorkbook.make(Self.controlText), to: url)
    try expectEveryPartWellFormed(url, scratch: folder.file("parts"))
  }

  @Test("tab, line feed and carriage return are kept; other controls and U+FFFE/U+FFFF replaced")
  func cleaning() {
    #expect(XMLText.cleaned("a\tb\nc\rd") == "a\tb\nc\rd")
    for value in Array(0x00...0x08) + [0x0B, 0x0C] + Array(0x0E...0x1F) + [0xFFFE, 0xFFFF] {
      let scalar = Unicode.Scalar(UInt32(value)).map(String.init) ?? ""
      #expect(XMLText.cleaned("x" + scalar + "y") == "x\u{FFFD}y", "U+\(String(value, radix: 16))")
    }
    #expect(XMLText.cleaned("Ngawi é 🙂 \u{7F} \u{EFFFF}") == "Ngawi é 🙂 \u{7F} \u{EFFFF}")
  }

  // MARK: - Helpers

  private func expectLiteral(
    _ text: String, in document: XLSXDocument, sheet: XLSXSheet,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    #expect(sheet.cell("A1")?.value == .string(text), sourceLocation: sourceLocation)
    #expect(sheet.cell("B1")?.value == .string(text), sourceLocation: sourceLocation)
    #expect(sheet.cell("C1")?.value == .string(text), sourceLocation: sourceLocation)
    #expect(sheet.comments["A1"] == text, sourceLocation: sourceLocation)
    #expect(sheet.tables.first?.columnNames == [text, "KPI"], sourceLocation: sourceLocation)
    let chart = try #require(sheet.charts.first, sourceLocation: sourceLocation)
    #expect(chart.title == text, sourceLocation: sourceLocation)
    #expect(chart.series.first?.name == text, sourceLocation: sourceLocation)
    #expect(chart.axisTitles == [text, text], sourceLocation: sourceLocation)
    let properties = document.coreProperties
    #expect(properties.title == text, sourceLocation: sourceLocation)
    #expect(properties.subject == text, sourceLocation: sourceLocation)
    #expect(properties.creator == text, sourceLocation: sourceLocation)
    #expect(properties.keywords == text, sourceLocation: sourceLocation)
    #expect(document.customProperties["pustaka_kind"] == text, sourceLocation: sourceLocation)
  }

  /// Unpacks `url` into `scratch` and runs `xmllint --noout` on every XML part.
  private func expectEveryPartWellFormed(_ url: URL, scratch: URL) throws {
    try run(Self.unzip, ["-q", "-o", url.path, "-d", scratch.path])
    let enumerator = FileManager.default.enumerator(atPath: scratch.path)
    var parts: [String] = []
    while let path = enumerator?.nextObject() as? String {
      if path.hasSuffix(".xml") || path.hasSuffix(".rels") || path.hasSuffix(".vml") {
        parts.append(path)
      }
    }
    #expect(parts.count > 10)
    for part in parts.sorted() {
      let status = try run(Self.xmllint, ["--noout", scratch.appendingPathComponent(part).path])
      #expect(status == 0, "xmllint refuses \(part)")
    }
  }

  @discardableResult
  private func run(_ executable: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  static let xmllint = "/usr/bin/xmllint"
  static let unzip = "/usr/bin/unzip"
}

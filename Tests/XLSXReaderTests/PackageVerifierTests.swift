import Foundation
import TestSupport
import Testing

@testable import XLSXReader

/// The completeness check a written workbook passes before it may replace anything
/// (issue 10, defect 1).
@Suite struct PackageVerifierTests {
  static let contentTypes = ("[Content_Types].xml", "<?xml version=\"1.0\"?>\n<Types></Types>")
  static let sheet = (
    "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?>\n<worksheet><c/></worksheet>\n"
  )

  @Test("a complete package passes")
  func complete() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let url = try WorkbookFixture([
      Self.contentTypes, Self.sheet, ("_rels/.rels", "<Relationships/>"),
    ])
    .write(to: folder)
    #expect(PackageVerifier.problem(in: url) == nil)
  }

  @Test("issue 10.1: a package with an empty part is refused")
  func emptyPart() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let url = try WorkbookFixture([Self.contentTypes, ("xl/worksheets/sheet1.xml", "")])
      .write(to: folder)
    #expect(PackageVerifier.problem(in: url) == "part 'xl/worksheets/sheet1.xml' is empty")
  }

  @Test("issue 10.1: a package with a wrong CRC-32 is refused")
  func wrongChecksum() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    var data = try WorkbookFixture([Self.contentTypes, Self.sheet]).data()
    #expect(Self.patchChecksum(of: Self.sheet.0, in: &data) == 2)
    let url = folder.file("crc.xlsx")
    try data.write(to: url)
    #expect(
      PackageVerifier.problem(in: url) == "part 'xl/worksheets/sheet1.xml' fails its CRC-32 check")
  }

  @Test("issue 10.1: a part cut short (its checksum matching the cut bytes) is refused")
  func truncatedPart() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let url = try WorkbookFixture([
      Self.contentTypes,
      ("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?>\n<worksheet><sheetData><row r=\"1\">"),
    ])
    .write(to: folder)
    #expect(PackageVerifier.problem(in: url) == "part 'xl/worksheets/sheet1.xml' is cut short")
  }

  @Test("issue 10.1: a file that is not a zip, or a zip without content types, is refused")
  func notAPackage() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let zero = folder.file("zero.xlsx")
    try Data().write(to: zero)
    #expect(PackageVerifier.problem(in: zero) == "it is not a readable zip archive")
    let bare = try WorkbookFixture([Self.sheet]).write(to: folder, name: "bare.xlsx")
    #expect(PackageVerifier.problem(in: bare) == "part '[Content_Types].xml' is missing")
  }

  @Test(
    "the end of the root element is found after a declaration and comments",
    arguments: [
      ("<?xml version=\"1.0\"?><a x=\"1\"><b/></a>", true), ("<a/>", true),
      ("<!-- c --><a>\n</a>\r\n", true),
      ("<a><b/>", false), ("<a></b>", false), ("", false), ("<a/><b/>", false),
    ])
  func rootClosingTag(xml: String, complete: Bool) {
    #expect(PackageVerifier.endsWithRootClosingTag(Data(xml.utf8)) == complete)
  }

  /// Flips the recorded CRC-32 of `path` in its local header and central directory entry;
  /// returns how many records were patched.
  static func patchChecksum(of path: String, in data: inout Data) -> Int {
    let name = Array(path.utf8)
    let bytes = [UInt8](data)
    func uint16(_ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }
    var patched = 0
    for offset in 0..<max(bytes.count - 46, 0) {
      let isLocal = bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x03, 0x04])
      let isCentral = bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02])
      guard isLocal || isCentral else { continue }
      let nameStart = isLocal ? offset + 30 : offset + 46
      let nameLength = isLocal ? uint16(offset + 26) : uint16(offset + 28)
      guard nameStart + nameLength <= bytes.count,
        bytes[nameStart..<nameStart + nameLength].elementsEqual(name)
      else { continue }
      let field = data.startIndex + (isLocal ? offset + 14 : offset + 16)
      data[field] ^= 0xFF
      patched += 1
    }
    return patched
  }
}

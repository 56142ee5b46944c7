import Foundation
import Testing

@testable import XLSXReader

@Suite struct PackageArchiveTests {
  /// A package whose workbook part inflates to 20,000 bytes while the zip declares 10.
  static func lyingArchive() throws -> Data {
    let padding = String(repeating: " ", count: 20_000)
    let fixture = WorkbookFixture([
      (
        "_rels/.rels", SpreadsheetXML.relationships([("rId1", "officeDocument", "xl/workbook.xml")])
      ),
      ("xl/workbook.xml", "<workbook>\(padding)</workbook>"),
    ])
    var data = try fixture.data()
    let patched = patchUncompressedSize(of: "xl/workbook.xml", to: 10, in: &data)
    #expect(patched == 2, "the local header and the central directory entry are both patched")
    return data
  }

  /// Overwrites the declared uncompressed size of `path` in its local file header and its
  /// central directory entry; returns how many records were patched.
  static func patchUncompressedSize(of path: String, to size: UInt32, in data: inout Data) -> Int {
    let name = Array(path.utf8)
    let bytes = [UInt8](data)
    func uint16(_ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }
    var patched = 0
    var offset = 0
    while offset + 46 < bytes.count {
      let isLocal = bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x03, 0x04])
      let isCentral = bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02])
      let nameStart = isLocal ? offset + 30 : offset + 46
      let nameLength = isLocal ? uint16(offset + 26) : uint16(offset + 28)
      if isLocal || isCentral, nameStart + nameLength <= bytes.count,
        bytes[nameStart..<nameStart + nameLength].elementsEqual(name)
      {
        let field = data.startIndex + (isLocal ? offset + 22 : offset + 24)
        withUnsafeBytes(of: size.littleEndian) { data.replaceSubrange(field..<field + 4, with: $0) }
        patched += 1
      }
      offset += 1
    }
    return patched
  }

  @Test("declared sizes over the limit are refused when the archive is opened")
  func declaredSizes() throws {
    let data = try WorkbookFixture([("a.xml", String(repeating: "a", count: 3_000))]).data()
    let limits = XLSXReadLimits(maximumUncompressedBytes: 2_999)
    #expect(throws: XLSXReaderError.tooLarge(file: "x.xlsx", limit: 2_999)) {
      try PackageArchive(data: data, file: "x.xlsx", limits: limits)
    }
  }

  @Test("bytes inflated past the limit are refused though the declared sizes are small")
  func inflatedBytes() throws {
    let data = try Self.lyingArchive()
    let limits = XLSXReadLimits(maximumUncompressedBytes: 5_000)
    let archive = try PackageArchive(data: data, file: "bomb.xlsx", limits: limits)
    #expect(throws: XLSXReaderError.tooLarge(file: "bomb.xlsx", limit: 5_000)) {
      try archive.data(of: "xl/workbook.xml")
    }
    #expect(throws: XLSXReaderError.tooLarge(file: "bomb.xlsx", limit: 5_000)) {
      try XLSXDocument(data: data, name: "bomb.xlsx", limits: limits)
    }
  }

  @Test("the inflated-bytes count adds up across parts")
  func countsAcrossParts() throws {
    let text = String(repeating: "b", count: 600)
    let data = try WorkbookFixture([("a.xml", text), ("b.xml", text)]).data()
    let archive = try PackageArchive(
      data: data, file: "x.xlsx", limits: XLSXReadLimits(maximumUncompressedBytes: 1_200))
    #expect(try archive.data(of: "a.xml")?.count == 600)
    #expect(try archive.data(of: "/B.XML")?.count == 600)
    #expect(throws: XLSXReaderError.tooLarge(file: "x.xlsx", limit: 1_200)) {
      try archive.data(of: "a.xml")
    }
    #expect(try archive.data(of: "c.xml") == nil)
  }
}

import Foundation
import Testing

@testable import XLSXReader

@Suite struct XLSXReaderErrorTests {
  static let valid = SpreadsheetXML.package(
    sheets: [("S", #"<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>"#)])

  @Test("an unreadable file names its path") func unreadableNamesPath() {
    let error = XLSXReaderError.unreadable(path: "a.xlsx", reason: "no such file")
    #expect(error.description == "'a.xlsx' cannot be read: no such file")
  }

  @Test("a file that is not a zip archive is refused with advice")
  func notZip() throws {
    let expected = XLSXReaderError.notZipArchive(file: "x.xlsx")
    #expect(throws: expected) {
      try XLSXDocument(data: Data("Nama,Skor\nA,1\n".utf8), name: "x.xlsx")
    }
    #expect(
      expected.description
        == "'x.xlsx' is not an xlsx file (not a zip archive); save it again from Excel as .xlsx")
  }

  @Test("a truncated zip (the first half of a valid file) is not a zip archive")
  func truncatedZip() throws {
    let data = try Self.valid.data()
    #expect(try XLSXDocument(data: data, name: "x.xlsx").sheetNames == ["S"])
    let half = data.prefix(data.count / 2)
    #expect(throws: XLSXReaderError.notZipArchive(file: "x.xlsx")) {
      try XLSXDocument(data: Data(half), name: "x.xlsx")
    }
  }

  @Test("a zip without the workbook part names the missing part")
  func missingWorkbook() throws {
    let fixture = Self.valid.removing("xl/workbook.xml")
    let expected = XLSXReaderError.missingPart(file: "x.xlsx", part: "xl/workbook.xml")
    #expect(throws: expected) { try fixture.document(name: "x.xlsx") }
    #expect(
      expected.description
        == "'x.xlsx' is not a complete xlsx workbook: part 'xl/workbook.xml' is missing; "
        + "save it again from Excel as .xlsx")
  }

  @Test("a part that is not well-formed XML is named with its line")
  func malformedPart() throws {
    let fixture = Self.valid.replacing(
      "xl/worksheets/sheet1.xml",
      with: "<?xml version=\"1.0\"?>\n<worksheet>\n<sheetData>\n<row>\n</sheetData></worksheet>")
    let expected = XLSXReaderError.malformedXML(
      file: "x.xlsx", part: "xl/worksheets/sheet1.xml", line: 5)
    #expect(throws: expected) { try fixture.document(name: "x.xlsx") }
    #expect(
      expected.description
        == "'x.xlsx' is damaged: part 'xl/worksheets/sheet1.xml' is not well-formed XML (line 5)")
    #expect(
      XLSXReaderError.malformedXML(file: "x.xlsx", part: "xl/workbook.xml", line: nil).description
        == "'x.xlsx' is damaged: part 'xl/workbook.xml' is not well-formed XML")
  }

  @Test("an external entity (XXE) payload is refused before parsing")
  func externalEntity() throws {
    let payload = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
      <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&e;</t></si></sst>
      """
    let fixture = SpreadsheetXML.package(
      sheets: [("S", #"<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>"#)],
      sharedStrings: ["x"]
    ).replacing("xl/sharedStrings.xml", with: payload)
    let expected = XLSXReaderError.documentTypeDeclaration(
      file: "x.xlsx", part: "xl/sharedStrings.xml")
    #expect(throws: expected) { try fixture.document(name: "x.xlsx") }
    #expect(
      expected.description
        == "'x.xlsx' is refused: part 'xl/sharedStrings.xml' declares a DTD or entity, "
        + "which xlsx files never use")
  }

  @Test("more entries than the limit are refused before anything is inflated")
  func tooManyEntries() throws {
    let count = Self.valid.parts.count
    let data = try Self.valid.data()
    let atLimit = XLSXReadLimits(maximumEntryCount: count)
    #expect(try XLSXDocument(data: data, name: "x.xlsx", limits: atLimit).sheetNames == ["S"])
    let below = XLSXReadLimits(maximumEntryCount: count - 1)
    let expected = XLSXReaderError.tooManyEntries(file: "x.xlsx", limit: count - 1)
    #expect(throws: expected) { try XLSXDocument(data: data, name: "x.xlsx", limits: below) }
    #expect(
      XLSXReaderError.tooManyEntries(file: "x.xlsx", limit: 10_000).description
        == "'x.xlsx' is refused: it holds more than 10000 zip entries, more than a workbook needs")
  }

  @Test("more uncompressed bytes than the limit are refused")
  func tooLarge() throws {
    let data = try Self.valid.data()
    let total = Self.valid.parts.reduce(0) { $0 + $1.text.utf8.count }
    let atLimit = XLSXReadLimits(maximumUncompressedBytes: total)
    #expect(try XLSXDocument(data: data, name: "x.xlsx", limits: atLimit).sheetNames == ["S"])
    let below = XLSXReadLimits(maximumUncompressedBytes: total - 1)
    let expected = XLSXReaderError.tooLarge(file: "x.xlsx", limit: total - 1)
    #expect(throws: expected) { try XLSXDocument(data: data, name: "x.xlsx", limits: below) }
    #expect(
      expected.description
        == "'x.xlsx' is refused: it unpacks to more than \(total - 1) bytes; "
        + "split it into smaller workbooks")
    #expect(
      XLSXReaderError.tooLarge(
        file: "x.xlsx", limit: XLSXReadLimits.standard.maximumUncompressedBytes
      )
      .description
        == "'x.xlsx' is refused: it unpacks to more than 200 MB; split it into smaller workbooks")
  }

  @Test("the other messages read as documented")
  func otherMessages() {
    #expect(
      XLSXReaderError.damagedEntry(file: "x.xlsx", part: "xl/styles.xml").description
        == "'x.xlsx' is damaged: part 'xl/styles.xml' cannot be unpacked; "
        + "save it again from Excel as .xlsx")
    #expect(
      XLSXReaderError.invalidContent(file: "x.xlsx", part: "xl/workbook.xml", detail: "oops")
        .description == "'x.xlsx' is damaged: part 'xl/workbook.xml': oops")
  }
}

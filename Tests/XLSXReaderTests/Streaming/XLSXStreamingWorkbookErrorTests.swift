import Foundation
import Testing

@testable import XLSXReader

/// The streaming reader refuses what the whole-sheet reader refuses, with the same messages.
@Suite struct XLSXStreamingWorkbookErrorTests {
  /// Both readers' errors for `fixture`, opened as "x.xlsx".
  static func errors(_ fixture: WorkbookFixture, limits: XLSXReadLimits = .standard) throws
    -> (whole: XLSXReaderError?, streamed: XLSXReaderError?)
  {
    let data = try fixture.data()
    var whole: XLSXReaderError?
    do {
      _ = try XLSXDocument(data: data, name: "x.xlsx", limits: limits)
    } catch {
      whole = error
    }
    var streamed: XLSXReaderError?
    do {
      let workbook = try XLSXStreamingWorkbook(data: data, name: "x.xlsx", limits: limits)
      for index in workbook.sheets.indices {
        try workbook.forEachRow(inSheet: index) { _ in }
      }
    } catch {
      streamed = error
    }
    return (whole, streamed)
  }

  /// Expects both readers to throw `expected` (or both to succeed when it is nil).
  static func expectBoth(
    _ fixture: WorkbookFixture, limits: XLSXReadLimits = .standard,
    _ expected: XLSXReaderError?, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let (whole, streamed) = try errors(fixture, limits: limits)
    #expect(whole == expected, "whole-sheet reader", sourceLocation: sourceLocation)
    #expect(streamed == expected, "streaming reader", sourceLocation: sourceLocation)
  }

  static let sheetPart = "xl/worksheets/sheet1.xml"

  @Test("a sheet that is not well-formed XML is named with its line")
  func malformedSheet() throws {
    let fixture = XLSXReaderErrorTests.valid.replacing(
      Self.sheetPart,
      with: "<?xml version=\"1.0\"?>\n<worksheet>\n<sheetData>\n<row>\n</sheetData></worksheet>")
    let expected = XLSXReaderError.malformedXML(file: "x.xlsx", part: Self.sheetPart, line: 5)
    try Self.expectBoth(fixture, expected)
  }

  @Test("a DTD in the sheet or the shared strings is refused before it is used")
  func documentTypeDeclarations() throws {
    let payload = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
      <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&e;</t></si></sst>
      """
    let strings = SpreadsheetXML.package(
      sheets: [("S", #"<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>"#)],
      sharedStrings: ["x"]
    ).replacing("xl/sharedStrings.xml", with: payload)
    let inStrings = XLSXReaderError.documentTypeDeclaration(
      file: "x.xlsx", part: "xl/sharedStrings.xml")
    try Self.expectBoth(strings, inStrings)
    let sheet = XLSXReaderErrorTests.valid.replacing(
      Self.sheetPart, with: payload.replacingOccurrences(of: "sst", with: "worksheet"))
    let inSheet = XLSXReaderError.documentTypeDeclaration(file: "x.xlsx", part: Self.sheetPart)
    try Self.expectBoth(sheet, inSheet)
  }

  @Test("more inflated bytes than the limit are refused while streaming")
  func tooLarge() throws {
    let fixture = XLSXReaderErrorTests.valid
    let total = fixture.parts.reduce(0) { $0 + $1.text.utf8.count }
    try Self.expectBoth(fixture, limits: XLSXReadLimits(maximumUncompressedBytes: total), nil)
    let expected = XLSXReaderError.tooLarge(file: "x.xlsx", limit: total - 1)
    let below = XLSXReadLimits(maximumUncompressedBytes: total - 1)
    try Self.expectBoth(fixture, limits: below, expected)
  }

  @Test("more entries than the limit are refused on opening")
  func tooManyEntries() throws {
    let fixture = XLSXReaderErrorTests.valid
    let limits = XLSXReadLimits(maximumEntryCount: fixture.parts.count - 1)
    let expected = XLSXReaderError.tooManyEntries(file: "x.xlsx", limit: fixture.parts.count - 1)
    try Self.expectBoth(fixture, limits: limits, expected)
  }

  @Test(
    "cells the reader cannot interpret are refused with the same detail",
    arguments: [
      (
        #"<row r="2"><c r="C2" t="s"><v>5</v></c></row>"#,
        #"cell C2 names shared string "5", which is not there"#
      ),
      (#"<row><c><v>12,5</v></c></row>"#, #"cell A1 holds "12,5", which is not a number"#),
      (#"<row r="0"><c><v>1</v></c></row>"#, #"row number "0" is not valid"#),
      (#"<row><c r="1A"><v>1</v></c></row>"#, #"cell reference "1A" is not valid"#),
      (#"<row><c t="b"><v>2</v></c></row>"#, #"cell A1 holds "2", which is not a boolean"#),
      (#"<row><c t="q"><v>2</v></c></row>"#, #"cell A1 has unknown type "q""#),
    ])
  func invalidContent(_ rows: String, detail: String) throws {
    let fixture = SpreadsheetXML.package(
      sheets: [("S", "<sheetData>\(rows)</sheetData>")], sharedStrings: ["only"])
    let expected = XLSXReaderError.invalidContent(
      file: "x.xlsx", part: Self.sheetPart, detail: detail)
    try Self.expectBoth(fixture, expected)
  }

  @Test("a sheet part that is missing is named")
  func missingSheetPart() throws {
    let fixture = XLSXReaderErrorTests.valid.removing(Self.sheetPart)
    let expected = XLSXReaderError.missingPart(file: "x.xlsx", part: Self.sheetPart)
    try Self.expectBoth(fixture, expected)
  }
}

/// Regression tests of issue 10.
@Suite struct XLSXStreamingRegressionTests {
  @Test("issue 10.7: a sheet is streamed, rows handed on before the parser reaches its end")
  func streamsRowByRow() throws {
    let rowCount = 20_000
    var body = "<sheetData>"
    for row in 1...rowCount {
      body +=
        #"<row r="\#(row)"><c r="A\#(row)" t="s"><v>0</v></c><c r="B\#(row)"><v>\#(row)</v>"#
        + "</c></row>"
    }
    // The part breaks only at its very end, long after the first chunk: a reader that builds
    // the sheet before handing anything on would show no row at all.
    body += "<row>"
    let fixture = SpreadsheetXML.package(
      sheets: [("Kunjungan", body)], sharedStrings: ["NGW-001"])
    let text = try #require(fixture.parts.first { $0.path == "xl/worksheets/sheet1.xml" }).text
    #expect(text.utf8.count > 8 * 65_536)
    let workbook = try XLSXStreamingWorkbook(data: fixture.data(), name: "x.xlsx")
    var seen: [Int] = []
    #expect(throws: XLSXReaderError.self) {
      try workbook.forEachRow(inSheet: 0) { row in
        seen.append(row.index)
      }
    }
    #expect(seen.count > 1_000)
    #expect(Array(seen.prefix(3)) == [0, 1, 2])
    #expect(seen == Array(0..<seen.count))
  }

  @Test("issue 10.7: a long sheet, many chunks of its part, is read back whole and in order")
  func readsLongSheet() throws {
    let rowCount = 30_000
    var body = "<sheetData>"
    body.reserveCapacity(rowCount * 64)
    for row in 1...rowCount {
      body += #"<row r="\#(row)"><c r="A\#(row)"><v>\#(row)</v></c></row>"#
    }
    body += "</sheetData>"
    let fixture = SpreadsheetXML.package(sheets: [("Kunjungan", body)])
    let workbook = try XLSXStreamingWorkbook(data: fixture.data(), name: "x.xlsx")
    var count = 0
    var inOrder = true
    try workbook.forEachRow(inSheet: 0) { row in
      inOrder =
        inOrder && row.index == count && row.cells.first?.value == .number(Double(count + 1))
      count += 1
    }
    #expect(count == rowCount)
    #expect(inOrder)
  }
}

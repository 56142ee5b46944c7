import Foundation
import Testing

@testable import XLSXReader

@Suite struct XLSXStreamingWorkbookTests {
  static let styles = """
    <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>\
    <fonts count="2"><font/><font><b/></font></fonts>\
    <cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/>\
    <xf numFmtId="164" fontId="1"/></cellXfs>
    """

  /// Sheet bodies in the shapes Excel, LibreOffice and libxlsxwriter write, and odd ones.
  static let sheets: [(String, String)] = [
    (
      "inline, shared and formula strings",
      #"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Desa &amp; Kota</t></is></c>"#
        + #"<c r="B1" t="s"><v>1</v></c><c r="C1" t="str"><f>A1&amp;"x"</f><v>Desa_x000D_</v></c>"#
        + #"<c r="D1" t="inlineStr"><is><r><t>Ta</t></r><r><rPr><b/></rPr><t>man</t></r>"#
        + #"<rPh><t>x</t></rPh></is></c><c r="E1" t="inlineStr"><is><t><![CDATA[<a>]]></t>"#
        + #"</is></c></row></sheetData>"#
    ),
    (
      "numbers, booleans, errors and dates",
      #"<sheetData><row r="2"><c r="A2"><v>12.5</v></c><c r="B2" t="b"><v>1</v></c>"#
        + #"<c r="C2" t="b"><v>false</v></c><c r="D2" t="e"><v>#DIV/0!</v></c>"#
        + #"<c r="E2" s="1"><v>45600</v></c><c r="F2" t="d"><v>2024-11-02T00:00:00</v></c>"#
        + #"<c r="G2" s="2"><v> 7 </v></c><c r="H2" t="n"><v>-1E3</v></c></row></sheetData>"#
    ),
    (
      "empty cells, sparse rows and a row without cells",
      #"<sheetData><row r="1"><c r="A1" s="1"/><c r="C1"><v></v></c><c r="Z1" t="s"/></row>"#
        + #"<row r="7" spans="1:3"/><row r="9"><c r="AA9"><v>3</v></c></row>"#
        + "<row r=\"12\">\n  <c r=\"B12\">\n    <v>4</v>\n  </c>\n</row></sheetData>"
    ),
    (
      "rows and cells without r",
      #"<sheetData><row><c><v>1</v></c><c t="s"><v>0</v></c><c r="E1"><v>5</v></c><c><v>6</v>"#
        + #"</c></row><row><c><v>2</v></c></row><row r="5"><c><v>3</v></c></row><row>"#
        + #"<c><v>4</v></c></row></sheetData>"#
    ),
    (
      "shared formulas, repeated positions and cells out of order",
      #"<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>2</v></c>"#
        + #"<c r="C1"><v>1</v></c><c r="B1"><v>1</v></c><c r="C1"><v>9</v></c></row>"#
        + #"<row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c><c r="B3"><v>8</v></c></row>"#
        + #"</sheetData>"#
    ),
    (
      "layout elements around the cells",
      WorksheetReaderTests.layoutSheet
    ),
  ]

  static func fixture(_ body: String) -> WorkbookFixture {
    SpreadsheetXML.package(
      sheets: [("Kunjungan", body)], sharedStrings: ["NGW-001", "Perpustakaan Sine"],
      styles: styles)
  }

  /// The rows of sheet 0 as the streaming reader hands them on.
  static func streamedRows(_ fixture: WorkbookFixture, limits: XLSXReadLimits = .standard)
    throws -> [XLSXRow]
  {
    let workbook = try XLSXStreamingWorkbook(
      data: fixture.data(), name: "book.xlsx", limits: limits)
    var rows: [XLSXRow] = []
    try workbook.forEachRow(inSheet: 0) { rows.append($0) }
    return rows
  }

  @Test("streams exactly the cells of the whole-sheet reader", arguments: sheets)
  func matchesWholeSheet(_ name: String, _ body: String) throws {
    let fixture = Self.fixture(body)
    let expected = try #require(try fixture.document().sheets.first).rows
    #expect(!expected.isEmpty)
    #expect(try Self.streamedRows(fixture) == expected, "\(name)")
  }

  @Test("a sheet whose elements carry a prefix reads the same")
  func prefixedSheet() throws {
    let body =
      #"<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c>"#
      + "</row></sheetData>"
    let prefixed =
      SpreadsheetXML.declaration
      + #"<x:worksheet xmlns:x="\#(SpreadsheetXML.main)"><x:sheetData><x:row r="1">"#
      + #"<x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c><c r="C1"><v>3</v>"#
      + "</c></x:row></x:sheetData></x:worksheet>"
    let plain = Self.fixture(body)
    let fixture = plain.replacing("xl/worksheets/sheet1.xml", with: prefixed)
    let expected = try #require(try plain.document().sheets.first).rows
    #expect(try Self.streamedRows(fixture) == expected)
    #expect(try fixture.document().sheets.first?.rows == expected)
  }

  @Test("a sheet part in UTF-16 goes through the tree parser and gives the same rows")
  func utf16Sheet() throws {
    var fixture = Self.fixture(Self.sheets[0].1)
    let expected = try #require(try fixture.document().sheets.first).rows
    let path = "xl/worksheets/sheet1.xml"
    let text = try #require(fixture.parts.first { $0.path == path }).text
      .replacingOccurrences(of: #"encoding="UTF-8""#, with: #"encoding="UTF-16""#)
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in text.utf16 {
      bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
    fixture.encodedParts[path] = Data(bytes)
    #expect(try Self.streamedRows(fixture) == expected)
    #expect(try fixture.document().sheets.first?.rows == expected)
  }

  @Test("lists the sheets, chart sheets, custom properties and the date system")
  func listsSheets() throws {
    let fixture = SpreadsheetXML.package(
      sheets: [("Data", "<sheetData/>"), ("Grafik", "<sheetData/>")],
      workbookExtra: #"<workbookPr date1904="1"/>"#
    ).replacing(
      "xl/_rels/workbook.xml.rels",
      with: SpreadsheetXML.relationships([
        ("rId1", "worksheet", "worksheets/sheet1.xml"),
        ("rId2", "chartsheet", "worksheets/sheet2.xml"),
      ]))
    let workbook = try XLSXStreamingWorkbook(data: fixture.data(), name: "book.xlsx")
    #expect(workbook.sheetNames == ["Data", "Grafik"])
    #expect(workbook.sheets.map(\.isChartSheet) == [false, true])
    #expect(workbook.usesDate1904)
    #expect(workbook.customProperties.isEmpty)
  }
}

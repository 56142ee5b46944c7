import Foundation
import TestSupport
import Testing

@testable import XLSXReader

@Suite struct XLSXDocumentTests {
  static let styles = """
    <numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts>
    <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
    <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
    <cellXfs count="4"><xf numFmtId="0" fontId="0" xfId="0"/>\
    <xf numFmtId="164" fontId="1" xfId="0" applyNumberFormat="1"/>\
    <xf numFmtId="3" fontId="0" xfId="0" applyNumberFormat="1"/>\
    <xf numFmtId="14" fontId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
    """

  /// The shape libxlsxwriter writes: default namespace, shared strings, `r` on every cell.
  static let libxlsxwriterStyle = SpreadsheetXML.package(
    sheets: [
      (
        "Ranking",
        """
        <dimension ref="A1:D3"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/>\
        </sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>
        <row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
        <row r="3" spans="1:4"><c r="A3" t="s"><v>2</v></c><c r="B3" s="1"><v>81.25</v></c>\
        <c r="C3" s="2"><v>1234567</v></c><c r="D3" s="3"><v>45412</v></c></row>
        </sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" \
        footer="0.3"/>
        """
      ),
      ("Districts", "<sheetData/>"),
    ],
    sharedStrings: ["Perpustakaan", "Skor", "Desa &amp; Kota &#x2014; Cemerlang"],
    styles: styles)

  @Test("reads a libxlsxwriter-style workbook's sheets, strings, numbers and formats")
  func readsLibxlsxwriterStyle() throws {
    let document = try Self.libxlsxwriterStyle.document()
    #expect(document.sheetNames == ["Ranking", "Districts"])
    let sheet = try #require(document.sheet(named: "Ranking"))
    #expect(sheet.cell("A1")?.value == .string("Perpustakaan"))
    #expect(sheet.cell("B1")?.value == .string("Skor"))
    #expect(sheet.cell("A3")?.value == .string("Desa & Kota \u{2014} Cemerlang"))
    let score = try #require(sheet.cell(row: 2, column: 1))
    #expect(score.value == .number(81.25))
    #expect(score.reference == "B3")
    #expect(score.numberFormat == "0.00")
    #expect(score.numberFormatID == 164)
    #expect(score.styleIndex == 1)
    #expect(score.isBold)
    #expect(sheet.cell("C3")?.numberFormat == "#,##0")
    #expect(sheet.cell("C3")?.isBold == false)
    #expect(sheet.cell("A1")?.numberFormat == "General")
    let date = try #require(sheet.cell("D3"))
    #expect(date.value == .number(45412))
    #expect(date.numberFormat == "m/d/yy")
    #expect(date.isDateFormatted)
    #expect(sheet.cell("A2") == nil)
    #expect(sheet.rows.map(\.index) == [0, 2])
    #expect(
      sheet.rows.map { $0.cells.map(\.reference) } == [["A1", "B1"], ["A3", "B3", "C3", "D3"]])
    #expect(document.sheet(named: "Districts")?.cells.isEmpty == true)
    #expect(document.sheet(named: "districts") == nil)
  }

  @Test("reads an Excel-style workbook with x: prefixes and absolute relationship targets")
  func readsExcelStyle() throws {
    let main = SpreadsheetXML.main
    let relationships = SpreadsheetXML.relationshipsNS
    let fixture = WorkbookFixture([
      (
        "_rels/.rels",
        SpreadsheetXML.relationships([("rId1", "officeDocument", "/xl/workbook.xml")])
      ),
      (
        "xl/workbook.xml",
        #"<x:workbook xmlns:x="\#(main)" xmlns:rel="\#(relationships)" xmlns="urn:unrelated">"#
          + #"<x:sheets><x:sheet name="Data Desa" sheetId="7" rel:id="rId3"/>"#
          + #"<x:sheet name="Hidden" sheetId="8" state="hidden" rel:id="rId4"/></x:sheets>"#
          + "</x:workbook>"
      ),
      (
        "xl/_rels/workbook.xml.rels",
        SpreadsheetXML.relationships([
          ("rId3", "worksheet", "/xl/worksheets/data.xml"),
          ("rId4", "worksheet", "/xl/worksheets/hidden.xml"),
          ("rId9", "sharedStrings", "/xl/sharedStrings.xml"),
        ])
      ),
      (
        "xl/sharedStrings.xml",
        #"<x:sst xmlns:x="\#(main)"><x:si><x:t>Kode</x:t></x:si>"#
          + #"<x:si><x:r><x:t xml:space="preserve">Nama </x:t></x:r><x:r><x:t>Desa</x:t></x:r>"#
          + "</x:si></x:sst>"
      ),
      (
        "xl/worksheets/data.xml",
        #"<x:worksheet xmlns:x="\#(main)"><x:sheetData>"#
          + #"<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v>"#
          + #"</x:c></x:row><x:row r="2"><x:c r="A2"><x:v>3201</x:v></x:c></x:row>"#
          + "</x:sheetData></x:worksheet>"
      ),
      ("xl/worksheets/hidden.xml", #"<x:worksheet xmlns:x="\#(main)"/>"#),
    ])
    let document = try fixture.document()
    #expect(document.sheetNames == ["Data Desa", "Hidden"])
    #expect(document.sheets.map(\.visibility) == ["visible", "hidden"])
    let sheet = try #require(document.sheet(named: "Data Desa"))
    #expect(sheet.cells.map(\.value) == [.string("Kode"), .string("Nama Desa"), .number(3201)])
    #expect(sheet.cells.map(\.reference) == ["A1", "B1", "A2"])
  }

  @Test("reads a LibreOffice-style sheet: cells without r, inline strings, str formulas")
  func readsLibreOfficeStyle() throws {
    let fixture = SpreadsheetXML.package(sheets: [
      (
        "Sheet1",
        """
        <sheetData>
        <row r="1"><c t="inlineStr"><is><t>Nama</t></is></c><c t="inlineStr"><is><t>Nilai</t>\
        </is></c></row>
        <row><c t="inlineStr"><is><r><t xml:space="preserve">Rich </t></r><r><rPr><b/></rPr>\
        <t>text</t></r></is></c><c><v>5</v></c><c t="str"><f>A2&amp;"!"</f><v>Rich text!</v>\
        </c></row>
        <row r="4"><c r="C4"><v>7</v></c><c><v>8</v></c></row>
        <row><c t="inlineStr"><is><t xml:space="preserve">  two spaces  </t></is></c></row>
        </sheetData>
        """
      )
    ])
    let sheet = try #require(try fixture.document().sheets.first)
    #expect(sheet.cells.map(\.reference) == ["A1", "B1", "A2", "B2", "C2", "C4", "D4", "A5"])
    #expect(sheet.cell("A1")?.value == .string("Nama"))
    #expect(sheet.cell("A2")?.value == .string("Rich text"))
    #expect(sheet.cell("B2")?.value == .number(5))
    #expect(sheet.cell("C2")?.value == .string("Rich text!"))
    #expect(sheet.cell("C2")?.formula == #"A2&"!""#)
    #expect(sheet.cell("D4")?.value == .number(8))
    #expect(sheet.cell("A5")?.value == .string("  two spaces  "))
  }

  @Test("reads formulas with cached values, booleans, errors and shared formulas")
  func readsFormulasBooleansAndErrors() throws {
    let fixture = SpreadsheetXML.package(sheets: [
      (
        "Sheet1",
        """
        <sheetData>
        <row r="1"><c r="A1"><v>2</v></c><c r="B1"><f>A1*2</f><v>4</v></c>\
        <c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><f>A1&gt;3</f><v>0</v></c>\
        <c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F1"><f>SUM(A1:B1)</f></c>\
        <c r="G1" t="e"><v>#N/A</v></c><c r="H1"><v>0.1</v></c><c r="I1"><v>-1.5E-3</v></c></row>
        <row r="2"><c r="A2"><v>3</v></c>\
        <c r="B2"><f t="shared" ref="B2:C3" si="0">A2*$A$1+SUM($A2:A$2)</f><v>9</v></c>\
        <c r="C2"><f t="shared" si="0"/><v>27</v></c></row>
        <row r="3"><c r="B3"><f t="shared" si="0"/><v>0</v></c>\
        <c r="D3"><f t="shared" ref="D3:D4" si="1">SUM(A:A)</f><v>5</v></c></row>
        <row r="4"><c r="D4"><f t="shared" si="1"/><v>5</v></c></row>
        </sheetData>
        """
      )
    ])
    let sheet = try #require(try fixture.document().sheets.first)
    #expect(sheet.cell("B1")?.formula == "A1*2")
    #expect(sheet.cell("B1")?.value == .number(4))
    #expect(sheet.cell("A1")?.formula == nil)
    #expect(sheet.cell("C1")?.value == .boolean(true))
    #expect(sheet.cell("D1")?.value == .boolean(false))
    #expect(sheet.cell("D1")?.formula == "A1>3")
    #expect(sheet.cell("E1")?.value == .error("#DIV/0!"))
    #expect(sheet.cell("F1")?.value == .empty)
    #expect(sheet.cell("F1")?.formula == "SUM(A1:B1)")
    #expect(sheet.cell("G1")?.value == .error("#N/A"))
    #expect(sheet.cell("H1")?.value == .number(0.1))
    #expect(sheet.cell("I1")?.value == .number(-0.0015))
    #expect(sheet.cell("B2")?.formula == "A2*$A$1+SUM($A2:A$2)")
    #expect(sheet.cell("C2")?.formula == "B2*$A$1+SUM($A2:B$2)")
    #expect(sheet.cell("B3")?.formula == "A3*$A$1+SUM($A3:A$2)")
    #expect(sheet.cell("B3")?.isSharedFormulaMaster == false)
    #expect(sheet.cell("D4")?.formula == "SUM(A:A)")
    #expect(sheet.cell("D4")?.isSharedFormulaMaster == true)
  }

  @Test("reads custom properties as trimmed text, matching names exactly")
  func readsCustomProperties() throws {
    let vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    let fmtid = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
    func property(_ pid: Int, _ name: String, _ value: String) -> String {
      #"<property fmtid="\#(fmtid)" pid="\#(pid)" name="\#(name)">\#(value)</property>"#
    }
    let custom =
      SpreadsheetXML.declaration
      + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="\#(vt)">"#
      + property(2, "pustaka_kind", "<vt:lpwstr>\n  report </vt:lpwstr>")
      + property(3, "Pustaka_Kind", "<vt:lpwstr>data</vt:lpwstr>")
      + property(4, "rows", "<vt:i4>42</vt:i4>")
      + property(5, "ratio", "<vt:r8>0.25</vt:r8>")
      + property(6, "final", "<vt:bool>true</vt:bool>")
      + property(7, "period", "<vt:filetime>2024-05-01T00:00:00Z</vt:filetime>")
      + "</Properties>"
    let fixture = Self.libxlsxwriterStyle
      .replacing(
        "_rels/.rels",
        with: SpreadsheetXML.relationships([
          ("rId1", "officeDocument", "xl/workbook.xml"),
          ("rId2", "custom-properties", "docProps/custom.xml"),
        ])
      )
      .replacing("docProps/custom.xml", with: custom)
    let document = try fixture.document()
    #expect(
      document.customProperties == [
        "pustaka_kind": "report", "Pustaka_Kind": "data", "rows": "42", "ratio": "0.25",
        "final": "true", "period": "2024-05-01T00:00:00Z",
      ])
  }

  @Test("an unreadable or absent custom properties part means no properties")
  func unreadableCustomPropertiesMeanNone() throws {
    let broken = Self.libxlsxwriterStyle.replacing(
      "docProps/custom.xml", with: "<Properties><property name=\"pustaka_kind\">")
    #expect(try broken.document().customProperties.isEmpty)
    #expect(try Self.libxlsxwriterStyle.document().customProperties.isEmpty)
  }

  @Test("reads core properties and defined names")
  func readsCorePropertiesAndDefinedNames() throws {
    let core = """
      <cp:coreProperties \
      xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
      xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Laporan Mei</dc:title>\
      <dc:subject>KPI</dc:subject><dc:creator>Dinas Perpustakaan</dc:creator>\
      <dcterms:created xsi:type="dcterms:W3CDTF">2024-05-01T00:00:00Z</dcterms:created>\
      </cp:coreProperties>
      """
    let names = """
      <definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">Ranking!$1:$1\
      </definedName><definedName name="Desa">Districts!$A$2:$A$20</definedName></definedNames>
      """
    let base = SpreadsheetXML.package(
      sheets: [("Ranking", "<sheetData/>"), ("Districts", "<sheetData/>")],
      workbookExtra: names)
    let fixture = base.replacing("docProps/core.xml", with: core)
    let document = try fixture.document()
    #expect(
      document.coreProperties
        == XLSXCoreProperties(
          title: "Laporan Mei", subject: "KPI", creator: "Dinas Perpustakaan",
          created: "2024-05-01T00:00:00Z"))
    #expect(
      document.definedNames == [
        XLSXDefinedName(name: "_xlnm.Print_Titles", refersTo: "Ranking!$1:$1", localSheetIndex: 0),
        XLSXDefinedName(name: "Desa", refersTo: "Districts!$A$2:$A$20"),
      ])
    #expect(document.sheets[0].printSetup.printTitles == "Ranking!$1:$1")
    #expect(document.sheets[1].printSetup.printTitles == nil)
  }

  @Test("reads a file from disk and names it by its path in messages")
  func readsFromDisk() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let url = try Self.libxlsxwriterStyle.write(to: directory, name: "mei.xlsx")
    #expect(try XLSXDocument(contentsOf: url).sheetNames == ["Ranking", "Districts"])
    let missing = directory.file("absent.xlsx")
    #expect(throws: XLSXReaderError.unreadable(path: missing.path, reason: "no such file")) {
      try XLSXDocument(contentsOf: missing)
    }
    let text = directory.file("notes.xlsx")
    try Data("just text".utf8).write(to: text)
    #expect(throws: XLSXReaderError.notZipArchive(file: text.path)) {
      try XLSXDocument(contentsOf: text)
    }
  }
}

import Testing

@testable import XLSXReader

@Suite struct WorksheetReaderTests {
  static let layoutSheet = """
    <sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>\
    <sheetViews><sheetView showGridLines="0" tabSelected="1" workbookViewId="0">\
    <pane xSplit="1" ySplit="3" topLeftCell="B4" activePane="bottomRight" state="frozen"/>\
    </sheetView></sheetViews>\
    <cols><col min="1" max="1" width="30.7109375" customWidth="1"/>\
    <col min="3" max="4" width="12.5" customWidth="1"/></cols>\
    <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Judul</t></is></c></row></sheetData>\
    <autoFilter ref="A3:D20"/>\
    <mergeCells count="2"><mergeCell ref="A1:D1"/><mergeCell ref="A2:A3"/></mergeCells>\
    <conditionalFormatting sqref="B4:B20"><cfRule type="colorScale" priority="1"><colorScale>\
    <cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>\
    <color rgb="FFF8696B"/><color rgb="FFFFEB84"/><color rgb="FF63BE7B"/></colorScale>\
    </cfRule></conditionalFormatting>\
    <conditionalFormatting sqref="C4:C20"><cfRule type="dataBar" priority="2"><dataBar>\
    <cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar></cfRule>\
    </conditionalFormatting>\
    <conditionalFormatting sqref="D4:D20 F4:F20"><cfRule type="cellIs" dxfId="0" priority="3" \
    operator="between"><formula>50</formula><formula>$H$1</formula></cfRule>\
    <cfRule type="expression" dxfId="1" priority="4"><formula>$D4&lt;0</formula></cfRule>\
    </conditionalFormatting>\
    <dataValidations count="2">\
    <dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" \
    promptTitle="Status" prompt="Pilih a atau b" errorTitle="Salah" error="Hanya a atau b" \
    sqref="E4:E20"><formula1>"a,b"</formula1></dataValidation>\
    <dataValidation type="whole" operator="between" sqref="F4:F20"><formula1>0</formula1>\
    <formula2>100</formula2></dataValidation></dataValidations>\
    <hyperlinks><hyperlink ref="A1" r:id="rId3"/><hyperlink ref="B2" location="'Data Desa'!A1"/>\
    </hyperlinks>\
    <printOptions gridLines="1"/>\
    <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>\
    <pageSetup paperSize="9" orientation="landscape" fitToHeight="0"/>\
    <headerFooter><oddHeader>&amp;CLaporan</oddHeader><oddFooter>&amp;RHalaman &amp;P</oddFooter>\
    </headerFooter>\
    <tableParts count="1"><tablePart r:id="rId2"/></tableParts>\
    <extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" \
    xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">\
    <x14:dataValidations xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" count="1">\
    <x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Lists!$A$1:$A$5</xm:f>\
    </x14:formula1><xm:sqref>G4:G20</xm:sqref></x14:dataValidation></x14:dataValidations></ext>\
    </extLst>
    """

  static let table = """
    <table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" \
    name="Table1" displayName="Kunjungan" ref="A3:D20" totalsRowShown="0">\
    <autoFilter ref="A3:D20"/><tableColumns count="4"><tableColumn id="1" name="Desa"/>\
    <tableColumn id="2" name="Skor"/><tableColumn id="3" name="Anggaran_x000D_"/>\
    <tableColumn id="4" name="Status"/></tableColumns>\
    <tableStyleInfo name="TableStyleMedium9" showFirstColumn="0" showRowStripes="1"/></table>
    """

  static let comments = """
    <comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors>\
    <author>Petugas</author></authors><commentList><comment ref="B4" authorId="0"><text><r>\
    <rPr><b/></rPr><t>Petugas:</t></r><r><t xml:space="preserve">
    cek lagi</t></r></text></comment><comment ref="C5" authorId="0"><text><t>Data Mei</t>\
    </text></comment></commentList></comments>
    """

  static func layoutFixture() -> WorkbookFixture {
    SpreadsheetXML.package(sheets: [("Ranking", layoutSheet)])
      .replacing(
        "xl/worksheets/_rels/sheet1.xml.rels",
        with: SpreadsheetXML.relationships([
          ("rId2", "table", "../tables/table1.xml"),
          ("rId3", "hyperlink", "https://perpustakaan.example/desa?id=1&amp;x=2"),
          ("rId4", "comments", "/xl/comments1.xml"),
        ])
      )
      .replacing("xl/tables/table1.xml", with: table)
      .replacing("xl/comments1.xml", with: comments)
  }

  @Test("reads merged ranges, autofilter, frozen pane, widths and gridlines")
  func readsLayout() throws {
    let sheet = try #require(try Self.layoutFixture().document().sheets.first)
    #expect(sheet.mergedRanges == ["A1:D1", "A2:A3"])
    #expect(sheet.autoFilter == "A3:D20")
    #expect(sheet.frozenPane == XLSXFrozenPane(row: 3, column: 1))
    #expect(sheet.columnWidths == [0: 30.7109375, 2: 12.5, 3: 12.5])
    #expect(sheet.showGridLines == false)
  }

  @Test("reads the print setup")
  func readsPrintSetup() throws {
    let sheet = try #require(try Self.layoutFixture().document().sheets.first)
    #expect(
      sheet.printSetup
        == XLSXPrintSetup(
          orientation: "landscape", paperSize: 9, fitsToPage: true, fitToWidth: 1,
          fitToHeight: 0, header: "&CLaporan", footer: "&RHalaman &P", printsGridLines: true))
  }

  @Test("reads colour scale, data bar, cellIs and expression conditional formats")
  func readsConditionalFormats() throws {
    let sheet = try #require(try Self.layoutFixture().document().sheets.first)
    typealias Rule = XLSXConditionalFormat.Rule
    #expect(
      sheet.conditionalFormats == [
        XLSXConditionalFormat(
          sqref: "B4:B20", rules: [Rule(type: "colorScale", colorCount: 3, priority: 1)]),
        XLSXConditionalFormat(sqref: "C4:C20", rules: [Rule(type: "dataBar", priority: 2)]),
        XLSXConditionalFormat(
          sqref: "D4:D20 F4:F20",
          rules: [
            Rule(
              type: "cellIs", operator: "between", formulas: ["50", "$H$1"], priority: 3,
              formatIndex: 0),
            Rule(type: "expression", formulas: ["$D4<0"], priority: 4, formatIndex: 1),
          ]),
      ])
  }

  @Test("reads list and whole-number validations, Excel 2010 extension ones too")
  func readsDataValidations() throws {
    let sheet = try #require(try Self.layoutFixture().document().sheets.first)
    #expect(
      sheet.dataValidations == [
        XLSXDataValidation(
          sqref: "E4:E20", type: "list", formula1: #""a,b""#, allowsBlank: true,
          promptTitle: "Status", prompt: "Pilih a atau b", errorTitle: "Salah",
          error: "Hanya a atau b"),
        XLSXDataValidation(
          sqref: "F4:F20", type: "whole", operator: "between", formula1: "0", formula2: "100"),
        XLSXDataValidation(
          sqref: "G4:G20", type: "list", formula1: "Lists!$A$1:$A$5", allowsBlank: true),
      ])
  }

  @Test("reads a table part, comments and hyperlinks linked from the sheet")
  func readsLinkedParts() throws {
    let sheet = try #require(try Self.layoutFixture().document().sheets.first)
    #expect(
      sheet.tables == [
        XLSXTable(
          name: "Table1", displayName: "Kunjungan", reference: "A3:D20",
          columnNames: ["Desa", "Skor", "Anggaran\r", "Status"], hasAutoFilter: true,
          styleName: "TableStyleMedium9")
      ])
    #expect(sheet.comments == ["B4": "Petugas:\ncek lagi", "C5": "Data Mei"])
    #expect(
      sheet.hyperlinks == [
        "A1": "https://perpustakaan.example/desa?id=1&x=2", "B2": "#'Data Desa'!A1",
      ])
  }

  @Test("a sheet that sets nothing has the defaults")
  func defaults() throws {
    let fixture = SpreadsheetXML.package(sheets: [("Kosong", "<sheetData/>")])
    let sheet = try #require(try fixture.document().sheets.first)
    #expect(sheet.showGridLines)
    #expect(sheet.frozenPane == nil)
    #expect(sheet.autoFilter == nil)
    #expect(sheet.printSetup == XLSXPrintSetup())
    #expect(sheet.charts.isEmpty && sheet.tables.isEmpty && sheet.comments.isEmpty)
  }

  @Test("a cell whose shared string index is missing names the cell")
  func missingSharedString() throws {
    let fixture = SpreadsheetXML.package(
      sheets: [("S", #"<sheetData><row r="2"><c r="C2" t="s"><v>5</v></c></row></sheetData>"#)],
      sharedStrings: ["only"])
    #expect(
      throws: XLSXReaderError.invalidContent(
        file: "book.xlsx", part: "xl/worksheets/sheet1.xml",
        detail: #"cell C2 names shared string "5", which is not there"#)
    ) { try fixture.document() }
  }

  @Test("a number cell that holds text is refused, naming the cell")
  func invalidNumber() throws {
    let fixture = SpreadsheetXML.package(
      sheets: [("S", #"<sheetData><row><c><v>12,5</v></c></row></sheetData>"#)])
    let expected = XLSXReaderError.invalidContent(
      file: "book.xlsx", part: "xl/worksheets/sheet1.xml",
      detail: #"cell A1 holds "12,5", which is not a number"#)
    #expect(throws: expected) { try fixture.document() }
    #expect(
      expected.description
        == #"'book.xlsx' is damaged: part 'xl/worksheets/sheet1.xml': cell A1 holds "12,5", "#
        + "which is not a number")
  }
}

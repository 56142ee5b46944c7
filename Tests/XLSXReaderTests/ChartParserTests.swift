import Foundation
import Testing

@testable import XLSXReader

@Suite struct ChartParserTests {
  static let drawing = """
    <xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" \
    xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">\
    <xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff>\
    <xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col>\
    <xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>\
    <xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/>\
    <xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/>\
    <a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>\
    <a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">\
    <c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>\
    </a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>\
    </xdr:wsDr>
    """

  static func series(_ index: Int, name: String, column: String) -> String {
    """
    <c:ser><c:idx val="\(index)"/><c:order val="\(index)"/><c:tx><c:strRef>\
    <c:f>Districts!$\(column)$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0">\
    <c:v>\(name)</c:v></c:pt></c:strCache></c:strRef></c:tx>\
    <c:cat><c:strRef><c:f>Districts!$A$2:$A$20</c:f></c:strRef></c:cat>\
    <c:val><c:numRef><c:f>Districts!$\(column)$2:$\(column)$20</c:f></c:numRef></c:val></c:ser>
    """
  }

  static let barChart = """
    <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" \
    xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
    <c:lang val="en-US"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr/>\
    </a:pPr><a:r><a:t>Kunjungan </a:t></a:r><a:r><a:rPr b="1"/><a:t>per Desa</a:t></a:r></a:p>\
    </c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:layout/>\
    <c:barChart><c:barDir val="col"/><c:grouping val="stacked"/>\
    \(series(0, name: "Laki-laki", column: "C"))\(series(1, name: "Perempuan", column: "D"))\
    <c:overlap val="100"/><c:axId val="1"/><c:axId val="2"/></c:barChart>\
    <c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling>\
    <c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/>\
    <c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:title><c:tx>\
    <c:rich><a:bodyPr/><a:p><a:r><a:t>Jumlah</a:t></a:r></a:p></c:rich></c:tx></c:title>\
    <c:crossAx val="1"/></c:valAx></c:plotArea><c:legend><c:legendPos val="b"/></c:legend>\
    </c:chart></c:chartSpace>
    """

  static let scatterChart = """
    <chartSpace xmlns="http://schemas.openxmlformats.org/drawingml/2006/chart"><chart>\
    <title><tx><strRef><f>Summary!$A$1</f></strRef></tx></title><plotArea><scatterChart>\
    <scatterStyle val="lineMarker"/><ser><idx val="0"/><order val="0"/><tx><v>Skor</v></tx>\
    <xVal><numRef><f>Summary!$B$2:$B$9</f></numRef></xVal><yVal><numRef>\
    <f>Summary!$C$2:$C$9</f></numRef></yVal></ser></scatterChart></plotArea></chart>\
    </chartSpace>
    """

  /// A sheet whose drawing (relative target) holds a bar chart, and a second sheet whose
  /// drawing (absolute target) holds a scatter chart.
  static func fixture() -> WorkbookFixture {
    SpreadsheetXML.package(sheets: [
      ("Summary", #"<sheetData/><drawing r:id="rId1"/>"#),
      ("Scatter", #"<sheetData/><drawing r:id="rId7"/>"#),
    ])
    .replacing(
      "xl/worksheets/_rels/sheet1.xml.rels",
      with: SpreadsheetXML.relationships([("rId1", "drawing", "../drawings/drawing1.xml")])
    )
    .replacing("xl/drawings/drawing1.xml", with: drawing)
    .replacing(
      "xl/drawings/_rels/drawing1.xml.rels",
      with: SpreadsheetXML.relationships([("rId1", "chart", "../charts/chart1.xml")])
    )
    .replacing("xl/charts/chart1.xml", with: barChart)
    .replacing(
      "xl/worksheets/_rels/sheet2.xml.rels",
      with: SpreadsheetXML.relationships([("rId7", "drawing", "/xl/drawings/drawing2.xml")])
    )
    .replacing("xl/drawings/drawing2.xml", with: drawing)
    .replacing(
      "xl/drawings/_rels/drawing2.xml.rels",
      with: SpreadsheetXML.relationships([("rId1", "chart", "/xl/charts/chart2.xml")])
    )
    .replacing("xl/charts/chart2.xml", with: scatterChart)
  }

  @Test("reads a stacked column chart reached through the drawing's relationships")
  func readsBarChart() throws {
    let document = try Self.fixture().document()
    let chart = try #require(document.sheet(named: "Summary")?.charts.first)
    #expect(chart.kind == "bar")
    #expect(chart.plotKinds == ["bar"])
    #expect(chart.barDirection == "col")
    #expect(chart.grouping == "stacked")
    #expect(chart.title == "Kunjungan per Desa")
    #expect(chart.titleReference == nil)
    #expect(chart.axisTitles == ["Jumlah"])
    #expect(chart.legendPosition == "b")
    #expect(chart.anchor == XLSXCellPosition(row: 1, column: 4))
    #expect(chart.anchor?.reference == "E2")
    #expect(
      chart.series == [
        XLSXChartSeries(
          plotKind: "bar", name: "Laki-laki", nameReference: "Districts!$C$1",
          categories: "Districts!$A$2:$A$20", values: "Districts!$C$2:$C$20"),
        XLSXChartSeries(
          plotKind: "bar", name: "Perempuan", nameReference: "Districts!$D$1",
          categories: "Districts!$A$2:$A$20", values: "Districts!$D$2:$D$20"),
      ])
  }

  @Test("reads a scatter chart's x and y ranges and a title taken from a cell")
  func readsScatterChart() throws {
    let document = try Self.fixture().document()
    let charts = try #require(document.sheet(named: "Scatter")?.charts)
    #expect(charts.count == 1)
    let chart = try #require(charts.first)
    #expect(chart.kind == "scatter")
    #expect(chart.barDirection == nil)
    #expect(chart.title == "Summary!$A$1")
    #expect(chart.titleReference == "Summary!$A$1")
    #expect(chart.legendPosition == nil)
    #expect(
      chart.series == [
        XLSXChartSeries(
          plotKind: "scatter", name: "Skor", categories: "Summary!$B$2:$B$9",
          values: "Summary!$C$2:$C$9")
      ])
  }

  @Test("a chart part the drawing links to but the archive lacks is a missing part")
  func missingChartPart() throws {
    let fixture = Self.fixture().removing("xl/charts/chart2.xml")
    #expect(throws: XLSXReaderError.missingPart(file: "book.xlsx", part: "xl/charts/chart2.xml")) {
      try fixture.document()
    }
  }
}

extension ChartParserTests {
  @Test("reads a chart sheet's chart, in its place in the workbook's order")
  func readsChartSheet() throws {
    let chartsheet = """
      <chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
      <sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>
      """
    let fixture = Self.fixture()
      .replacing("xl/worksheets/sheet2.xml", with: chartsheet)
      .replacing(
        "xl/worksheets/_rels/sheet2.xml.rels",
        with: SpreadsheetXML.relationships([("rId1", "drawing", "../drawings/drawing2.xml")]))
    let document = try fixture.document()
    #expect(document.sheetNames == ["Summary", "Scatter"])
    let sheet = try #require(document.sheet(named: "Scatter"))
    #expect(sheet.isChartSheet)
    #expect(sheet.cells.isEmpty)
    #expect(sheet.charts.map(\.kind) == ["scatter"])
    #expect(document.sheet(named: "Summary")?.isChartSheet == false)
  }

  @Test("reads the fill of each point drawn in a colour of its own, by point index")
  func pointFills() throws {
    let xml = """
      <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" \
      xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea>\
      <c:barChart><c:barDir val="bar"/><c:ser><c:idx val="0"/><c:order val="0"/>\
      <c:dPt><c:idx val="2"/><c:spPr><a:solidFill><a:srgbClr val="e69f00"/></a:solidFill>\
      </c:spPr></c:dPt><c:dPt><c:idx val="3"/></c:dPt>\
      <c:val><c:numRef><c:f>Districts!$B$2:$B$5</c:f></c:numRef></c:val></c:ser>\
      </c:barChart></c:plotArea></c:chart></c:chartSpace>
      """
    let root = try MarkupParser.parse(Data(xml.utf8), part: "xl/charts/chart1.xml", file: "x")
    let chart = ChartParser.chart(root, anchor: nil)
    // Point 3 has no fill of its own, so only point 2 is listed, in upper case.
    #expect(chart.series.first?.pointFills == [2: "E69F00"])
  }
}

import TestSupport
import Testing
import XLSXReader

@Suite struct WorkbookDumpTests {
  @Test("dumps one line per non-empty cell and per chart")
  func dumpsCellsAndCharts() {
    let ranking = XLSXSheet(
      name: "Ranking",
      cells: [
        XLSXCell(row: 1, column: 1, value: .string("Perpustakaan \"Cemerlang\"\n")),
        XLSXCell(row: 1, column: 2, value: .empty, styleIndex: 3),
        XLSXCell(
          row: 4, column: 5, value: .number(81.25), numberFormat: "0.00", numberFormatID: 164),
        XLSXCell(
          row: 4, column: 6, value: .number(81.25), formula: "ROUND(SUM(C5:F5)/80*100,4)",
          numberFormat: "0.00", numberFormatID: 164),
        XLSXCell(row: 5, column: 0, value: .number(1_234_567), numberFormat: "#,##0"),
        XLSXCell(row: 5, column: 1, value: .boolean(true)),
        XLSXCell(row: 5, column: 2, value: .error("#DIV/0!"), formula: "1/0"),
        XLSXCell(
          row: 5, column: 3, value: .empty, formula: "SUM(A:A)", isSharedFormulaMaster: true),
      ])
    let summary = XLSXSheet(
      name: "Summary",
      charts: [
        XLSXChart(
          kind: "bar", barDirection: "col", grouping: "clustered",
          series: [
            XLSXChartSeries(
              plotKind: "bar", categories: "Districts!$A$2:$A$20", values: "Districts!$C$2:$C$20")
          ]),
        XLSXChart(
          kind: "pie", title: "Porsi",
          series: [XLSXChartSeries(plotKind: "pie", values: "Districts!$D$2:$D$20")]),
      ])
    let text = dump(XLSXDocument(sheets: [ranking, summary]))
    #expect(
      text == """
        Ranking!B2 s "Perpustakaan \\"Cemerlang\\"\\n"
        Ranking!F5 n 81.25 fmt=0.00
        Ranking!G5 n 81.25 f=ROUND(SUM(C5:F5)/80*100,4) fmt=0.00
        Ranking!A6 n 1234567 fmt=#,##0
        Ranking!B6 b TRUE
        Ranking!C6 e #DIV/0! f=1/0
        Ranking!D6 - f=SUM(A:A) (shared, not expanded)
        Summary chart#1 bar/col clustered series=Districts!$C$2:$C$20 cat=Districts!$A$2:$A$20
        Summary chart#2 pie title="Porsi" series=Districts!$D$2:$D$20

        """)
  }

  @Test("dumps a workbook read from a file the same way")
  func dumpsReadWorkbook() throws {
    let text = dump(try ChartParserTests.fixture().document())
    #expect(
      text == """
        Summary chart#1 bar/col stacked title="Kunjungan per Desa" \
        series=Districts!$C$2:$C$20 cat=Districts!$A$2:$A$20 \
        series=Districts!$D$2:$D$20 cat=Districts!$A$2:$A$20
        Scatter chart#1 scatter title="Summary!$A$1" series=Summary!$C$2:$C$9 cat=Summary!$B$2:$B$9

        """)
  }
}

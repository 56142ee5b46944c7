import Foundation
import TestSupport
import Testing
import XLSXReader

@testable import XLSXWriter

/// Writes the sample workbook that uses every writer feature and reads it back with our reader.
@Suite struct WorkbookReadBackTests {
  private static func writtenSample() throws -> (XLSXDocument, TemporaryDirectory) {
    let folder = try TemporaryDirectory()
    let url = folder.file("sample.xlsx")
    try WorkbookWriter.write(SampleWorkbook.make(), to: url)
    return (try XLSXDocument(contentsOf: url), folder)
  }

  @Test("sheets come back in the order written") func sheetOrder() throws {
    let (document, folder) = try Self.writtenSample()
    defer { folder.remove() }
    #expect(document.sheetNames == ["Data", "Entry Form", "Charts"])
  }

  @Test("values and their number formats come back as written") func values() throws {
    let (document, folder) = try Self.writtenSample()
    defer { folder.remove() }
    let data = try #require(document.sheet(named: "Data"))
    #expect(data.cell("A1")?.value == .string("District"))
    #expect(data.cell("A2")?.value == .string("Ngawi"))
    #expect(data.cell("B2")?.value == .number(81.25))
    #expect(data.cell("B2")?.numberFormat == "0.00")
    #expect(data.cell("C3")?.value == .number(3_000_000))
    #expect(data.cell("C3")?.numberFormat == "\"Rp \"#,##0")
    #expect(data.cell("D2")?.value == .number(0.875))
    #expect(data.cell("D2")?.numberFormat == "0.0%")
    #expect(data.cell("E5")?.value == .number(4936))
    #expect(data.cell("E5")?.numberFormat == "#,##0")
    // 2026-10-01 is Excel serial 46296 (days since 1899-12-30).
    #expect(data.cell("F2")?.value == .number(46296))
    #expect(data.cell("F2")?.numberFormat == "yyyy-mm")
    #expect(data.cell("G2")?.value == .boolean(true))
    #expect(data.cell("G3")?.value == .boolean(false))
    #expect(data.cell("A7")?.value == .string("Perpusnas"))
    #expect(document.sheet(named: "Data")?.hyperlinks["A7"] == "https://perpusnas.go.id")
    #expect(data.cell("B7")?.value == .empty)
  }

  @Test("formulas keep their text and cached value") func formulas() throws {
    let (document, folder) = try Self.writtenSample()
    defer { folder.remove() }
    let data = try #require(document.sheet(named: "Data"))
    #expect(data.cell("B6")?.formula == "ROUND(AVERAGE(B2:B5),2)")
    #expect(data.cell("B6")?.value == .number(67.81))
    #expect(data.cell("A6")?.formula == "IF(B2>=80,\"A\",\"B\")")
    #expect(data.cell("A6")?.value == .string("A"))
  }

  @Test(
    "text that starts like a formula stays text",
    arguments: [
      ("H2", "=HYPERLINK(\"http://x\")"), ("H3", "+62 812"), ("H4", "-5"), ("H5", "@sum"),
    ])
  func textStaysText(cell: String, text: String) throws {
    let (document, folder) = try Self.writtenSample()
    defer { folder.remove() }
    let written = try #require(document.sheet(named: "Data")?.cell(cell))
    #expect(written.value == .string(text))
    #expect(written.formula == nil)
  }

  @Test("layout comes back: merges, frozen pane, widths, gridlines, comments")
  func layout() throws {
    let (document, folder) = try Self.writtenSample()
    defer { folder.remove() }
    let data = try #require(document.sheet(named: "Data"))
    let entry = try #require(document.sheet(named: "Entry Form"))
    #expect(entry.mergedRanges == ["A1:D1"])
    #expect(entry.cell("A1")?.value == .string("Monthly submission"))
    #expect(entry.autoFilter == "A3:D11")
    #expect(entry.showGridLines == false)
    #expect(data.showGridLines == true)
    #expect(data.frozenPane?.row == 1)
    #expect(data.frozenPane?.column == 1)
    // "Perpusnas" is the longest text in column A: 9 characters + 1.5 padding, rounded up
    // to 11, stored by libxlsxwriter with its cell padding as 11.7109375.
    #expect(data.columnWidths[0] == 11.7109375)
    #expect(data.columnWidths[7] == 18.7109375)
    #expect(data.comments["B1"] == "KPI = points / 80 x 100")
  }

  @Test("the Excel table, conditional formats and validations are present")
  func rules() throws {
    let (document, folder) = try Self.writtenSample()
    defer { folder.remove() }
    let data = try #require(document.sheet(named: "Data"))
    #expect(data.tables.map(\.name) == ["DistrictTable"])
    #expect(data.tables.first?.reference == "A1:G5")
    let kinds = data.conditionalFormats.flatMap { format in
      format.rules.map { "\(format.sqref) \($0.type)" }
    }
    // libxlsxwriter writes conditional formats ordered by their range.
    #expect(
      kinds == [
        "A2:A5 expression", "B2:B5 colorScale", "C2:C5 colorScale", "D2:D5 cellIs",
        "E2:E5 dataBar",
      ])
    let scales = data.conditionalFormats.flatMap(\.rules).compactMap(\.colorCount)
    #expect(scales == [3, 2])
    let cellRule = data.conditionalFormats.first { $0.sqref == "D2:D5" }?.rules.first
    #expect(cellRule?.operator == "lessThan")
    #expect(cellRule?.formulas == ["0.9"])
    let entry = try #require(document.sheet(named: "Entry Form"))
    #expect(entry.dataValidations.map(\.type) == ["list", "whole", "decimal", "date"])
    #expect(entry.dataValidations.first?.formula1 == "\"fiksi,nonfiksi,anak\"")
    #expect(entry.dataValidations[1].operator == "between")
    #expect(entry.dataValidations[1].formula1 == "0")
    #expect(entry.dataValidations[1].formula2 == "10000")
    #expect(entry.dataValidations[2].operator == "greaterThanOrEqual")
    #expect(entry.dataValidations[2].formula1 == "0")
    #expect(entry.dataValidations.first?.promptTitle == "Kategori")
    #expect(entry.dataValidations.first?.error == "Kategori tidak ada di daftar")
  }

  @Test("every chart comes back with its type and series ranges") func charts() throws {
    let (document, folder) = try Self.writtenSample()
    defer { folder.remove() }
    let charts = try #require(document.sheet(named: "Charts")).charts
    let summary = charts.map { chart in
      [chart.kind, chart.barDirection ?? "-", chart.grouping ?? "-"].joined(separator: "/")
    }
    #expect(
      summary == [
        "bar/col/clustered", "bar/col/stacked", "bar/col/percentStacked", "bar/bar/clustered",
        "bar/bar/stacked", "line/-/standard", "line/-/stacked", "area/-/standard",
        "area/-/percentStacked", "pie/-/-", "doughnut/-/-", "scatter/-/-",
      ])
    #expect(charts.map(\.title) == (1...12).map { "Chart \($0)" })
    let first = try #require(charts.first)
    #expect(first.series.map(\.values) == ["Data!$B$2:$B$5", "Data!$C$2:$C$5"])
    #expect(first.series.map(\.categories) == ["Data!$A$2:$A$5", "Data!$A$2:$A$5"])
    #expect(first.axisTitles == ["Kecamatan", "Nilai"])
    let scatter = try #require(charts.last)
    #expect(scatter.series.first?.values == "Data!$B$2:$B$5")
    #expect(scatter.series.first?.categories == "Data!$C$2:$C$5")
  }

  @Test("document properties carry the fixed time and the report marker") func properties() throws {
    let (document, folder) = try Self.writtenSample()
    defer { folder.remove() }
    #expect(document.customProperties["pustaka_kind"] == "report")
    #expect(document.coreProperties.title == "Rekap Ngawi 2026-10")
    #expect(document.coreProperties.created == "2026-10-31T00:00:00Z")
    #expect(
      document.definedNames.contains {
        $0.name == "District_KPI" && $0.refersTo == "Data!$B$2:$B$5"
      })
  }

  @Test("print setup comes back: landscape A4, fit to width, header and footer")
  func printSetup() throws {
    let (document, folder) = try Self.writtenSample()
    defer { folder.remove() }
    let setup = try #require(document.sheet(named: "Data")).printSetup
    #expect(setup.orientation == "landscape")
    #expect(setup.paperSize == 9)
    #expect(setup.fitToWidth == 1)
    #expect(setup.fitToHeight == 0)
    #expect(setup.header == "&CNgawi && sekitarnya 2026-10")
    #expect(setup.footer == "&CPage &P of &N")
    #expect(setup.printTitles == "Data!$1:$1")
  }

  @Test("a fixed scale, repeated columns and rows and manual page breaks come back")
  func pagedPrintSetup() throws {
    var sheet = SheetSpec(name: "Wide")
    for row in 0..<60 {
      for column in 0..<12 { sheet.write(.number(Double(row * column)), row: row, column: column) }
    }
    sheet.printSetup.scalePercent = 70
    sheet.printSetup.repeatedRows = 1...2
    sheet.printSetup.repeatedColumns = 0...1
    // Unsorted and repeated on purpose: the writer sorts them and keeps each once.
    sheet.printSetup.horizontalPageBreaks = [40, 20, 40]
    sheet.printSetup.verticalPageBreaks = [7]
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let url = folder.file("paged.xlsx")
    try WorkbookWriter.write(
      WorkbookSpec(
        sheets: [sheet], properties: DocumentProperties(created: SampleWorkbook.created)), to: url)
    let setup = try #require(try XLSXDocument(contentsOf: url).sheet(named: "Wide")).printSetup
    #expect(setup.printTitles == "Wide!$A:$B,Wide!$2:$3")
    #expect(setup.scale == 70)
    #expect(!setup.fitsToPage)
    #expect(setup.rowBreaks == [20, 40])
    #expect(setup.columnBreaks == [7])
  }

  @Test("a page break on the first row or a scale out of range is refused before writing")
  func invalidPageBreaks() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    var sheet = SheetSpec(name: "P")
    sheet.printSetup.horizontalPageBreaks = [0]
    #expect(
      throws: XLSXError.invalidReference(
        sheet: "P", what: "row page breaks", reason: "has 0, outside 1...1048575")
    ) {
      try WorkbookWriter.write(
        WorkbookSpec(
          sheets: [sheet], properties: DocumentProperties(created: SampleWorkbook.created)),
        to: folder.file("a.xlsx"))
    }
    sheet.printSetup.horizontalPageBreaks = []
    sheet.printSetup.scalePercent = 5
    #expect(
      throws: XLSXError.invalidReference(
        sheet: "P", what: "print scale", reason: "is 5 %, outside 10...400")
    ) {
      try WorkbookWriter.write(
        WorkbookSpec(
          sheets: [sheet], properties: DocumentProperties(created: SampleWorkbook.created)),
        to: folder.file("b.xlsx"))
    }
  }
}

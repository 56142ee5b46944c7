import PustakaCore
import TestSupport
import Testing
import XLSXReader

@testable import PustakaReports

@Suite struct CollectionSheetTests {
  @Test("titles, copies, acquisitions and weeding by category, with totals as formulas")
  func byCategory() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Koleksi")
    let figures = try #require(workbook.context.scopeStatistics).figures
    let header = try #require(sheet.headerRow(under: "Menurut kategori: Kabupaten Ngawi"))
    let fiction = try #require(sheet.row(of: "Fiksi", after: header))
    #expect(sheet.number(fiction, 1) == Double(figures.stock.titlesByCategory[0]))
    #expect(sheet.number(fiction, 2) == Double(figures.stock.copiesByCategory[0]))
    #expect(sheet.number(fiction, 3) == Double(figures.flows.acquiredByCategory[0]))
    #expect(sheet.cell(row: fiction, column: 1)?.numberFormat == "#,##0")
    let total = try #require(sheet.row(of: "Jumlah", after: header))
    #expect(sheet.cell(row: total, column: 2)?.formula == "SUM(C\(header + 2):C\(total))")
    #expect(sheet.number(total, 2) == Double(figures.stock.copies))
  }

  @Test("each library's gap to the rubric's titles threshold, 0 once it is met")
  func titlesGap() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Koleksi")
    let header = try #require(sheet.headerRow(under: "Per perpustakaan: Kabupaten Ngawi"))
    #expect(sheet.text(header, 7) == "Kekurangan judul untuk 4 poin (1.000)")
    // L3 (strength 1) holds 60 x 5 = 300 titles and lacks 700; L1 holds 7,500 and lacks none.
    let weak = try #require(sheet.row(of: "Perpustakaan Kelurahan Margomulyo", after: header))
    #expect(sheet.number(weak, 1) == 300)
    #expect(sheet.number(weak, 7) == 700)
    let strong = try #require(sheet.row(of: "Perpustakaan Cemerlang", after: header))
    #expect(sheet.number(strong, 7) == 0)
    let figures = try #require(workbook.context.libraryStatistics[LibraryID("L3")]).figures
    #expect(close(sheet.number(weak, 5), figures.copiesPerCapita))
    #expect(close(sheet.number(weak, 6), figures.turnover))
    #expect(sheet.cell(row: weak, column: 5)?.numberFormat == "#,##0.00")
    #expect(sheet.conditionalFormats.contains { $0.rules.first?.type == "dataBar" })
    let name = try #require(sheet.row(of: "=HYPERLINK(\"http://x\")", after: header))
    #expect(sheet.cell(row: name, column: 0)?.formula == nil)
  }

  @Test("a custom rubric's threshold moves the gap")
  func customThreshold() throws {
    var rubric = Rubric.builtIn
    rubric.indicators[0] = RubricIndicator(
      key: .titles, rule: .higher(thresholds: [100, 200, 300, 2_000]))
    let input = ReportFixture.input
    let scorer = KPIScorer(dataSet: SmallRegency.dataSet(), rubric: rubric)
    let custom = ReportInput(
      report: PeriodReport(scorer: scorer, period: ReportFixture.period), previous: nil,
      quality: input.quality, provenance: input.provenance)
    let context = ReportContext(
      input: custom, scope: .regency(0, in: custom.report.places),
      options: ReportOptions(
        language: .english, office: "Dinas Perpustakaan", created: ReportFixture.created))
    let sheet = try DetailWorkbook(context).sheet("Collection")
    let header = try #require(sheet.headerRow(under: "By library: Ngawi Regency"))
    #expect(sheet.text(header, 7) == "Titles lacking for 4 points (2,000)")
    let weak = try #require(sheet.row(of: "Perpustakaan Kelurahan Margomulyo", after: header))
    #expect(sheet.number(weak, 7) == 1_700)
  }

  @Test("charts: titles and copies by category, copies per person by district")
  func charts() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Koleksi")
    #expect(sheet.charts.map(\.barDirection) == ["col", "bar"])
    let categories = try #require(sheet.headerRow(under: "Menurut kategori: Kabupaten Ngawi"))
    let rows = (categories + 1)...(categories + CollectionCategory.allCases.count)
    #expect(
      sheet.charts[0].series.map(\.values)
        == [1, 2].map { seriesRange("Koleksi", column: $0, rows: rows) })
    let districts = try #require(sheet.headerRow(under: "Per kecamatan: Kabupaten Ngawi"))
    let count = workbook.context.districtStatistics.count
    #expect(
      sheet.charts[1].series.first?.values
        == seriesRange("Koleksi", column: 5, rows: (districts + 1)...(districts + count)))
    for (offset, group) in workbook.context.districtStatistics.enumerated() {
      #expect(close(sheet.number(districts + 1 + offset, 5), group.figures.copiesPerCapita))
    }
  }
}

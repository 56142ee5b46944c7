import PustakaCore
import Testing
import XLSXReader
import XLSXWriter

@testable import PustakaReports

@Suite struct SummarySheetTests {
  /// The headline row labelled `label`: its cells from column B.
  static func headline(_ label: String, in sheet: XLSXSheet) throws -> [XLSXCell?] {
    let cell = try #require(CoreWorkbook.cell(holding: label, column: 1, in: sheet))
    return (2...6).map { sheet.cell(row: cell.row, column: $0) }
  }

  @Test("headline figures are the engine's, with changes as formulas and the listed formats")
  func headlineFigures() throws {
    let context = ReportFixture.context()
    let labels = context.labels.summary
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Ringkasan")
    let figures = try #require(context.scopeStatistics?.figures)
    let previous = try #require(context.previousScopeStatistics?.figures)
    let visitors = try Self.headline(labels.visitors, in: sheet)
    #expect(visitors[0]?.value == .number(Double(figures.attendance.visitors)))
    #expect(visitors[0]?.numberFormat == "#,##0")
    #expect(visitors[1]?.value == .number(Double(previous.attendance.visitors)))
    let now = try #require(visitors[0]).reference
    let before = try #require(visitors[1]).reference
    #expect(visitors[2]?.formula == "\(now)-\(before)")
    #expect(visitors[3]?.formula == "\(now)/\(before)-1")
    #expect(visitors[3]?.numberFormat == "+0.0%;-0.0%;0.0%")
    let spent = try Self.headline(labels.spent, in: sheet)
    #expect(spent[0]?.value == .number(Double(figures.budget.spent.amount)))
    #expect(spent[0]?.numberFormat == "\"Rp \"#,##0")
    let absorption = try Self.headline(labels.absorption, in: sheet)
    #expect(absorption[0]?.value == .number(try #require(figures.absorption) / 100))
    #expect(absorption[0]?.numberFormat == "0.0%")
    // A share's change is in points: no relative change.
    #expect(absorption[3]?.formula == nil)
    let kpi = try Self.headline(labels.meanKPI, in: sheet)
    #expect(kpi[0]?.numberFormat == "0.00")
    let mean = try #require(context.scopeStatistics?.kpi.mean)
    guard case .number(let written) = kpi[0]?.value else {
      Issue.record("no mean KPI")
      return
    }
    #expect(abs(written - mean) < 1e-12)
    #expect(try Self.headline(labels.registered, in: sheet)[0]?.value == .number(7))
    #expect(try Self.headline(labels.reporting, in: sheet)[0]?.value == .number(6))
  }

  @Test("the award list holds ranks 1 to 3; the lowest list the five lowest others, lowest first")
  func libraryLists() throws {
    let context = ReportFixture.context()
    #expect(SummarySheet.awardList(context).map(\.library.id.rawValue) == ["L1", "L2", "L5"])
    #expect(SummarySheet.lowestList(context).map(\.library.id.rawValue) == ["L3", "L4", "L6"])
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Ringkasan")
    let first = try #require(
      CoreWorkbook.cell(holding: "Perpustakaan Cemerlang", column: 1, in: sheet))
    #expect(sheet.cell(row: first.row, column: 0)?.value == .number(1))
    #expect(sheet.cell(row: first.row, column: 2)?.value == .string("Watualang"))
    #expect(sheet.cell(row: first.row, column: 3)?.value == .string("Ngawi"))
    #expect(sheet.cell(row: first.row, column: 4)?.numberFormat == "0.00")
  }

  @Test("four charts, each drawing the plain numbers of its block, which are the engine's")
  func charts() throws {
    let context = ReportFixture.context()
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Ringkasan")
    let specs = try workbook.spec("Ringkasan").charts
    #expect(sheet.charts.map(\.kind) == ["bar", "line", "doughnut", "bar"])
    #expect(sheet.charts.map(\.barDirection) == ["bar", nil, nil, "col"])
    #expect(
      sheet.charts.map(\.title) == [
        "Rata-rata KPI per kecamatan", "Pengunjung dan peminjaman per bulan",
        "Realisasi belanja per kategori", "Jumlah perpustakaan per predikat",
      ])
    for (chart, spec) in zip(sheet.charts, specs) {
      #expect(
        chart.series.map(\.values) == spec.series.map { $0.values.qualified(bySheet: "Ringkasan") })
      #expect(
        chart.series.map(\.categories)
          == spec.series.map { $0.categories?.qualified(bySheet: "Ringkasan") })
      for series in spec.series {
        // Chart data is never a formula.
        for row in series.values.first.row...series.values.last.row {
          #expect(sheet.cell(row: row, column: series.values.first.column)?.formula == nil)
        }
      }
    }
    // KPI by district, highest first.
    let kpi = specs[0].series[0]
    let districts = context.districtStatistics.compactMap { group in
      group.kpi.mean.map { (group.district ?? "", $0) }
    }.sorted { $0.1 > $1.1 }
    #expect(CoreWorkbook.texts(in: try #require(kpi.categories), of: sheet) == districts.map(\.0))
    let means = CoreWorkbook.numbers(in: kpi.values, of: sheet)
    for (written, expected) in zip(means, districts.map(\.1)) {
      #expect(abs((written ?? .nan) - expected) < 1e-12)
    }
    #expect(specs[0].size.height >= 360 && specs[0].size.width >= 640)
    // Visitors and loans of the last 12 months.
    let months = try #require(context.scopeStatistics?.series.months)
    #expect(
      CoreWorkbook.numbers(in: specs[1].series[0].values, of: sheet)
        == months.map { Double($0.visitors) })
    #expect(
      CoreWorkbook.numbers(in: specs[1].series[1].values, of: sheet)
        == months.map { Double($0.loans) })
    #expect(specs[1].series.map(\.color) == [ReportPalette.visitors, ReportPalette.loans])
    // Spending by category, non-zero categories only.
    let budget = try #require(context.scopeStatistics?.figures.budget)
    let categories = BudgetCategory.allCases.filter { budget.spent($0).amount > 0 }
    #expect(
      CoreWorkbook.numbers(in: specs[2].series[0].values, of: sheet)
        == categories.map { Double(budget.spent($0).amount) })
    #expect(specs[2].series[0].showsPercentageLabels)
    // Libraries per grade, each bar in its grade's colour.
    let counts = GradeCounts(context.scores, rubric: context.rubric)
    #expect(
      CoreWorkbook.numbers(in: specs[3].series[0].values, of: sheet)
        == counts.entries.map { Double($0.count) })
    #expect(
      specs[3].series[0].pointColors
        == [ReportPalette.gradeA, ReportPalette.gradeB, ReportPalette.gradeC, ReportPalette.gradeD])
  }

  @Test("a district workbook shows the district's figures next to the regency's")
  func districtScope() throws {
    let context = ReportFixture.context(language: .english, district: 1)
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Summary")
    let district = try #require(context.scopeStatistics?.figures)
    let regency = try #require(context.regencyStatistics?.figures)
    let visitors = try Self.headline("Visitors", in: sheet)
    #expect(visitors[0]?.value == .number(Double(district.attendance.visitors)))
    #expect(visitors[4]?.value == .number(Double(regency.attendance.visitors)))
    let header = try #require(
      CoreWorkbook.cell(holding: "Regency Ngawi, 2026-10", column: 6, in: sheet))
    #expect(
      header.row < (try #require(CoreWorkbook.cell(holding: "Visitors", column: 1, in: sheet)).row))
    // The KPI chart shows the district's libraries, then the district's and regency's means.
    let kpi = try workbook.spec("Summary").charts[0].series[0]
    #expect(
      CoreWorkbook.texts(in: try #require(kpi.categories), of: sheet) == [
        "Taman Baca Sejahtera", "=HYPERLINK(\"http://x\")", "Mean, District Paron",
        "Mean, Regency Ngawi",
      ])
    #expect(CoreWorkbook.cell(holding: "Perpustakaan Cemerlang", column: 1, in: sheet) == nil)
  }

  @Test("the sheet prints in whole pages, each chart on one page")
  func printedPages() throws {
    let context = ReportFixture.context()
    let sheet = SummarySheet.build(context)
    let flow = PageFlow(columnWidths: SummarySheet.columnWidths)
    let pages = try #require(sheet.spec.printSetup.fitToPages)
    #expect(pages.width == 1)
    #expect(pages.height == flow.pageCount(before: sheet.nextRow, in: sheet.spec))
    for chart in sheet.spec.charts {
      let top = chart.anchor.row - 1
      let rows = PageFlow.rowsCovered(
        byPixels: Double(chart.size.height), from: chart.anchor.row, in: sheet.spec)
      #expect(
        flow.pageCount(before: top + 1, in: sheet.spec)
          == flow.pageCount(before: chart.anchor.row + rows, in: sheet.spec),
        "chart '\(chart.title ?? "")' crosses a page break")
    }
  }
}

import PustakaCore
import TestSupport
import Testing
import XLSXReader
import XLSXWriter

@testable import PustakaReports

@Suite struct SummarySheetTests {
  /// The headline row labelled `label` (column A): its cells from column B to E.
  static func headline(_ label: String, in sheet: XLSXSheet) throws -> [XLSXCell?] {
    let cell = try #require(
      sheet.cells.first {
        $0.column == 0 && $0.value == .string(label) && $0.row >= SummarySheet.listRow
      })
    return (1...4).map { sheet.cell(row: cell.row, column: $0) }
  }

  /// The figure of the tile captioned `caption`: the cell under the caption.
  static func tile(_ caption: String, in sheet: XLSXSheet) throws -> XLSXCell? {
    let cell = try #require(
      sheet.cells.first { $0.value == .string(caption) && $0.row < SummarySheet.chartRow },
      "no tile '\(caption)'")
    return sheet.cell(row: cell.row + 1, column: cell.column)
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
    // issue 11: a share's change is in points (x 100, "poin"), with no relative change.
    let shareNow = try #require(absorption[0]).reference
    let shareBefore = try #require(absorption[1]).reference
    #expect(absorption[2]?.formula == "(\(shareNow)-\(shareBefore))*100")
    #expect(absorption[2]?.numberFormat == "+0.0\" poin\";-0.0\" poin\";0.0\" poin\"")
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

  @Test("issue 11: staff and volunteer figures on Ringkasan match hand counts")
  func staffTiles() throws {
    // October 2026, reporting L1-L6 (strengths 5, 4, 1, 2, 3, 2): one paid staff each,
    // strength / 2 trained (2, 2, 0, 1, 1, 1), strength volunteers giving 8 hours each.
    let context = ReportFixture.context()
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Ringkasan")
    let tiles = context.labels.summaryTiles
    #expect(try Self.tile(tiles.staff, in: sheet)?.value == .number(6))
    #expect(try Self.tile(tiles.withoutTrainedStaff, in: sheet)?.value == .number(1))
    #expect(try Self.tile(tiles.volunteers, in: sheet)?.value == .number(17))
    #expect(try Self.tile(tiles.volunteerHours, in: sheet)?.value == .number(136))
    let labels = context.labels.summary
    #expect(try Self.headline(labels.trainedStaff, in: sheet)[0]?.value == .number(7))
    #expect(
      sheet.cells.contains { $0.value == .string("standar 2 terpenuhi: 2; 1 orang: 3") })
    #expect(sheet.cells.contains { $0.value == .string("8 jam per relawan") })
  }

  @Test("issue 11: the award list is drawn on the 12-month KPI and states its basis")
  func awardList() throws {
    let context = ReportFixture.context()
    let award = context.awardList
    #expect(award.basis == .twelveMonths)
    #expect(award.period.description == "2025-11..2026-10")
    // L1 > L2 > L5 on every measure, every month (SmallRegency).
    #expect(award.entries.map(\.score.library.id.rawValue) == ["L1", "L2", "L5"])
    #expect(award.entries.map(\.rank) == [1, 2, 3])
    #expect(award.entries.map(\.monthsInTopTen) == [12, 12, 12])
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Ringkasan")
    let table = try #require(sheet.tables.first { $0.name == "CalonPenghargaan" })
    #expect(table.hasAutoFilter)
    #expect(table.columnNames.first == "Peringkat")
    #expect(table.columnNames.last == "Bulan di 10 besar")
    let first = try #require(
      CoreWorkbook.cell(
        holding: "Perpustakaan Cemerlang", column: SummarySheet.listColumn + 2, in: sheet))
    #expect(sheet.cell(row: first.row, column: SummarySheet.listColumn)?.value == .number(1))
    #expect(sheet.cell(row: first.row, column: SummarySheet.listColumn + 1)?.value == .string("L1"))
    #expect(
      sheet.cell(row: first.row, column: SummarySheet.listColumn + 4)?.value
        == award.entries[0].score.kpi.map(XLSXValue.number))
    #expect(sheet.cell(row: first.row, column: SummarySheet.lastColumn)?.value == .number(12))
    #expect(
      sheet.cells.contains {
        $0.value
          == .string(
            "Dasar: KPI 12 bulan (Nov 2025–Okt 2026). KPI sama: poin layanan, lalu poin"
              + " pemberdayaan, lalu nama. Bulan di 10 besar: dari 12 bulan terakhir.")
      })
  }

  @Test("issue 11: the support list gives why and links each library's card")
  func supportList() throws {
    var context = ReportFixture.context()
    context.cardPaths = ["L3": "Perpustakaan/L3-2026-10.xlsx"]
    let support = context.supportList
    // Fewer than five have grade D, so the five lowest are listed, lowest first.
    #expect(support.entries.map(\.score.library.id.rawValue) == ["L3", "L4", "L6", "L5", "L2"])
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Pembinaan")
    let table = try #require(sheet.tables.first { $0.name == "PrioritasPembinaan" })
    #expect(table.hasAutoFilter)
    #expect(table.columnNames.contains("Dua indikator terlemah"))
    let row = try #require(CoreWorkbook.cell(holding: "L3", column: 1, in: sheet)).row
    let link = try #require(sheet.cell(row: row, column: 11))
    #expect(link.formula == "HYPERLINK(\"Perpustakaan/L3-2026-10.xlsx\",\"Buka rapor\")")
    #expect(link.value == .string("Buka rapor"))
    let entry = support.entries[0]
    let area = try #require(entry.weakestArea)
    #expect(sheet.cell(row: row, column: 8)?.value == .string(context.text(area.area.label)))
    #expect(entry.weakestIndicators.count == 2)
    guard case .string(let step) = sheet.cell(row: row, column: 10)?.value else {
      Issue.record("no first step")
      return
    }
    #expect(step.hasPrefix("Naikkan "))
  }

  @Test("four charts side by side on the first screen, each drawing the plain numbers of its block")
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
      for series in spec.series {
        for row in series.values.first.row...series.values.last.row {
          #expect(sheet.cell(row: row, column: series.values.first.column)?.formula == nil)
        }
      }
    }
    // issue 11: one row of charts under the tiles, inside a 1366 x 768 screen at 100 %
    // (Excel 2010 shows about 1,316 x 490 pixels of cells there).
    #expect(specs.map(\.anchor.row) == Array(repeating: SummarySheet.chartRow, count: 4))
    #expect(specs.map(\.offset.x) == (0..<4).map { $0 * (SummarySheet.chartWidth + 6) })
    #expect(SummarySheet.widthInPixels <= 1316)
    let spec = try workbook.spec("Ringkasan")
    let rowsAbove = (0..<SummarySheet.chartRow).reduce(0.0) {
      $0 + (spec.rowHeights[$1] ?? 15) * 4 / 3
    }
    #expect(rowsAbove + Double(SummarySheet.chartHeight) <= 490)
    // KPI by district, highest first.
    let kpi = specs[0].series[0]
    let districts = context.districtStatistics.compactMap { group in
      group.kpi.mean.map { (group.district ?? "", $0) }
    }.sorted { $0.1 > $1.1 }
    #expect(CoreWorkbook.texts(in: try #require(kpi.categories), of: sheet) == districts.map(\.0))
    let months = try #require(context.scopeStatistics?.series.months)
    #expect(
      CoreWorkbook.numbers(in: specs[1].series[0].values, of: sheet)
        == months.map { Double($0.visitors) })
    let counts = GradeCounts(context.scores, rubric: context.rubric)
    #expect(
      CoreWorkbook.numbers(in: specs[3].series[0].values, of: sheet)
        == counts.entries.map { Double($0.count) })
  }

  @Test("a district workbook compares the district with the regency's mean per district")
  func districtScope() throws {
    let context = ReportFixture.context(language: .english, district: 1)
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Summary")
    let district = try #require(context.scopeStatistics?.figures)
    let regency = try #require(context.regencyStatistics?.figures)
    let visitors = try Self.headline("Visitors", in: sheet)
    #expect(visitors[0]?.value == .number(Double(district.attendance.visitors)))
    // Three districts: the regency's visitors / 3, never the regency's total.
    #expect(visitors[3]?.value == .number(Double(regency.attendance.visitors) / 3))
    #expect(CoreWorkbook.cell(holding: "Regency, per district", column: 4, in: sheet) != nil)
    let kpi = try workbook.spec("Summary").charts[0].series[0]
    #expect(
      CoreWorkbook.texts(in: try #require(kpi.categories), of: sheet) == [
        "Taman Baca Sejahtera", "=HYPERLINK(\"http://x\")", "Mean, Paron District",
        "Mean, Ngawi Regency",
      ])
  }

  @Test("issue 11: the Ringkasan print area fits one printed A4 landscape page")
  func onePage() throws {
    let context = ReportFixture.context()
    let sheet = SummarySheet.build(context)
    let setup = sheet.spec.printSetup
    #expect(setup.fitToPages == PrintSetup.FitToPages(width: 1, height: 1))
    #expect(setup.orientation == .landscape && setup.paper == .a4)
    let area = try #require(setup.printArea)
    #expect(area.first == CellReference(row: 0, column: 0))
    #expect(area.last.column == SummarySheet.lastColumn)
    // The chart data sits below the printed page; the charts themselves inside it.
    for chart in sheet.spec.charts {
      #expect(chart.anchor.row < area.last.row)
      for series in chart.series { #expect(series.values.first.row > area.last.row) }
    }
    guard LibreOfficeCalc.isAvailable else { return }
    let folder = try TemporaryDirectory(prefix: "summary-page")
    defer { folder.remove() }
    let url = folder.file("Ringkasan.xlsx")
    try WorkbookWriter.write(
      WorkbookAssembler.workbook(title: "Ringkasan", sheets: [sheet], context: context), to: url)
    #expect(try LibreOfficeCalc.printedPages(of: url, in: folder.url) == 1)
  }
}

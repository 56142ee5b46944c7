import Foundation
import PustakaCore
import TestSupport
import Testing
import XLSXReader
import XLSXWriter

@testable import PustakaReports

/// Issue 13: the province summary, written and read back.
@Suite struct ProvinceWorkbookTests {
  static let input: ReportInput = {
    let scorer = KPIScorer(dataSet: SmallProvince.dataSet())
    return ReportInput(
      report: PeriodReport(scorer: scorer, period: ReportFixture.period),
      previous: PeriodReport(scorer: scorer, period: ReportFixture.period.previous),
      quality: DataQualityInput(), provenance: ReportFixture.input.provenance)
  }()

  static func context(_ language: ReportLanguage = .indonesian) -> ProvinceContext {
    ProvinceContext(
      input: input, province: 0,
      options: ReportOptions(
        language: language, office: "Dinas Perpustakaan", created: ReportFixture.created,
        awardBasis: .period))
  }

  /// The workbook of `context`, written to a temporary file and read back.
  static func written(_ context: ProvinceContext) throws -> XLSXDocument {
    let folder = try TemporaryDirectory(prefix: "province-workbook")
    defer { folder.remove() }
    let url = folder.file("Provinsi.xlsx")
    try WorkbookWriter.write(ProvinceWorkbook.workbook(context), to: url)
    return try XLSXDocument(contentsOf: url)
  }

  static func number(_ cell: XLSXCell?) -> Double? {
    if case .number(let value)? = cell?.value { return value }
    return nil
  }

  /// Whether a number read back is the one computed, to the 15 digits written.
  static func close(_ read: Double?, _ computed: Double?) -> Bool {
    guard let read, let computed else { return false }
    return abs(read - computed) <= 1e-12 * max(1, abs(computed))
  }

  static func text(_ cell: XLSXCell?) -> String? {
    if case .string(let value)? = cell?.value { return value }
    return nil
  }

  @Test("two sheets, titled for the province, marked as a report")
  func sheetsAndProperties() throws {
    let document = try Self.written(Self.context())
    #expect(document.sheetNames == ["Ringkasan", "Kabupaten"])
    #expect(document.customProperties["pustaka_kind"] == "report")
    #expect(
      document.coreProperties.title == "Rekap KPI Perpustakaan Desa: Provinsi Jawa Timur, 2026-10")
    let english = try Self.written(Self.context(.english))
    #expect(english.sheetNames == ["Summary", "Regencies"])
    let summary = try #require(english.sheet(named: "Summary"))
    #expect(
      summary.cells.contains { $0.value == .string("Jawa Timur Province · Period October 2026") })
  }

  @Test("the regencies table ranks by mean KPI, with the province's totals under it")
  func regenciesTable() throws {
    let context = Self.context()
    let sheet = try #require(try Self.written(context).sheet(named: "Kabupaten"))
    let table = try #require(sheet.tables.first)
    #expect(table.name == "KinerjaKabupaten")
    #expect(table.hasAutoFilter)
    #expect(
      Array(table.columnNames.prefix(5)) == [
        "Peringkat KPI", "Kabupaten/Kota", "Perpustakaan", "Melapor", "Rata-rata KPI",
      ])
    let ngawi = try #require(CoreWorkbook.cell(holding: "Ngawi", column: 1, in: sheet))
    let madiun = try #require(CoreWorkbook.cell(holding: "Madiun", column: 1, in: sheet))
    #expect(madiun.row == ngawi.row + 1)
    let row = { (cell: XLSXCell, column: Int) in
      Self.number(sheet.cell(row: cell.row, column: column))
    }
    #expect([row(ngawi, 0), row(madiun, 0)] == [1, 2])
    #expect([row(ngawi, 2), row(madiun, 2)] == [7, 4])
    #expect([row(ngawi, 3), row(madiun, 3)] == [6, 3])
    let standing = context.standing
    // Numbers are written with 15 significant digits, as Excel keeps them.
    #expect(Self.close(row(ngawi, 4), standing.regencies[0].statistics.kpi.mean))
    #expect(Self.close(row(madiun, 4), standing.regencies[1].statistics.kpi.mean))
    #expect(Self.close(row(ngawi, 5), standing.regencies[0].literacyIndex?.index))
    let total = try #require(
      CoreWorkbook.cell(holding: "Jumlah Provinsi Jawa Timur", column: 1, in: sheet))
    #expect(total.row == madiun.row + 2)
    #expect(row(total, 0) == nil)
    #expect(row(total, 2) == 11)
    #expect(row(total, 3) == 9)
    #expect(Self.close(row(total, 4), standing.totals.kpi.mean))
    #expect(
      row(total, 9)
        == Double(
          standing.regencies.reduce(0) { $0 + $1.statistics.figures.attendance.loans }))
    #expect(sheet.charts.count == 2)
  }

  @Test("the award list ranks across the province's regencies, ties sharing a rank")
  func awardList() throws {
    let sheet = try #require(try Self.written(Self.context()).sheet(named: "Ringkasan"))
    let table = try #require(sheet.tables.first { $0.name == "CalonPenghargaanProvinsi" })
    #expect(
      table.columnNames == [
        "Peringkat", "Kode", "Perpustakaan", "Kabupaten/Kota", "Kecamatan", "KPI", "Predikat",
        "Bulan di 10 besar",
      ])
    let header = try #require(CoreWorkbook.cell(holding: "Kode", column: 7, in: sheet))
    let rows = (1...4).map { header.row + $0 }
    #expect(rows.map { Self.text(sheet.cell(row: $0, column: 7)) } == ["L1", "L2", "L5", "M5"])
    #expect(rows.map { Self.number(sheet.cell(row: $0, column: 6)) } == [1, 2, 3, 3])
    #expect(
      rows.map { Self.text(sheet.cell(row: $0, column: 9)) }
        == ["Ngawi", "Ngawi", "Ngawi", "Madiun"])
    #expect(Self.text(sheet.cell(row: header.row + 5, column: 7)) == nil)
  }

  @Test("the headline compares the province with the previous period, by formulas cached")
  func headline() throws {
    let sheet = try #require(try Self.written(Self.context()).sheet(named: "Ringkasan"))
    let registered = try #require(
      CoreWorkbook.cell(holding: "Perpustakaan terdaftar", column: 0, in: sheet))
    #expect(Self.number(sheet.cell(row: registered.row, column: 1)) == 11)
    #expect(Self.number(sheet.cell(row: registered.row, column: 2)) == 11)
    let change = try #require(sheet.cell(row: registered.row, column: 3))
    #expect(change.formula == "B\(registered.row + 1)-C\(registered.row + 1)")
    #expect(Self.number(change) == 0)
  }

  @Test("the standing chart draws mean KPI and IPLM from plain numbers beside it")
  func standingChart() throws {
    let sheet = try #require(try Self.written(Self.context()).sheet(named: "Ringkasan"))
    let chart = try #require(sheet.charts.first)
    #expect(sheet.charts.count == 1)
    #expect(chart.barDirection == "bar")
    #expect(chart.series.count == 2)
    #expect(chart.title == "Rata-rata KPI dan indeks IPLM per kabupaten/kota")
    for series in chart.series {
      let reference = try #require(series.values)
      let cells = try Self.cells(reference, in: sheet)
      #expect(cells.count == 2)
      #expect(cells.allSatisfy { $0.formula == nil && Self.number($0) != nil })
    }
  }

  @Test(
    "each sheet of a small province prints on one A4 page in LibreOffice",
    .enabled(if: LibreOfficeCalc.isAvailable, "needs LibreOffice Calc (make test installs it)"))
  func printedPages() throws {
    let folder = try TemporaryDirectory(prefix: "province-pages")
    defer { folder.remove() }
    let url = folder.file("Provinsi-Jawa Timur-2026-10.xlsx")
    let workbook = ProvinceWorkbook.workbook(Self.context())
    try WorkbookWriter.write(workbook, to: url)
    #expect(try LibreOfficeCalc.printedPages(of: url, in: folder.url) == 2)
    for sheet in workbook.sheets {
      #expect(sheet.printSetup.orientation == .landscape)
      #expect(sheet.printSetup.fitToPages == PrintSetup.FitToPages(width: 1, height: 1))
    }
  }

  @Test("file names are made safe, and the unnamed province gets a fixed name")
  func fileNames() {
    let period = ReportFixture.period
    #expect(
      ProvinceWorkbook.fileName(province: "Jawa Timur", period: period)
        == "Provinsi-Jawa Timur-2026-10.xlsx")
    #expect(
      ProvinceWorkbook.fileName(province: "../Jawa/Timur", period: period)
        == "Provinsi-\(SafeFileName.make("../Jawa/Timur"))-2026-10.xlsx")
    #expect(!ProvinceWorkbook.fileName(province: "../x", period: period).contains("/"))
    #expect(
      ProvinceWorkbook.fileName(province: nil, period: period)
        == "Provinsi-Tanpa-Nama-2026-10.xlsx")
  }

  /// The cells of an absolute reference such as `'Ringkasan'!$B$20:$B$21`.
  static func cells(_ reference: String, in sheet: XLSXSheet) throws -> [XLSXCell] {
    let range = try #require(reference.split(separator: "!").last)
    let ends = range.replacingOccurrences(of: "$", with: "").split(separator: ":").map(String.init)
    let first = try #require(sheet.cell(ends[0]))
    let last = try #require(sheet.cell(ends.count > 1 ? ends[1] : ends[0]))
    return (first.row...last.row).compactMap { sheet.cell(row: $0, column: first.column) }
  }
}

import PustakaCore
import Testing
import XLSXReader
import XLSXWriter

@testable import PustakaReports

@Suite struct DistrictsSheetTests {
  /// The written cell of `column` in the row whose first cell reads `name`.
  static func cell(
    _ column: DistrictsSheet.Column, row name: String, in sheet: XLSXSheet
  ) throws -> XLSXCell? {
    let first = try #require(CoreWorkbook.cell(holding: name, column: 0, in: sheet))
    let offset = try #require(DistrictsSheet.Column.allCases.firstIndex(of: column))
    return sheet.cell(row: first.row, column: offset)
  }

  @Test("one row per district and a regency total, with the engine's figures and formats")
  func rows() throws {
    let context = ReportFixture.context()
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Kecamatan")
    for group in context.districtStatistics {
      let name = try #require(group.district)
      #expect(
        try Self.cell(.libraries, row: name, in: sheet)?.value
          == .number(Double(group.figures.libraries)))
      #expect(
        try Self.cell(.reporting, row: name, in: sheet)?.value
          == .number(Double(group.figures.reporting)))
      #expect(
        try Self.cell(.loans, row: name, in: sheet)?.value
          == .number(Double(group.figures.attendance.loans)))
      #expect(
        try Self.cell(.spent, row: name, in: sheet)?.value
          == .number(Double(group.figures.budget.spent.amount)))
      let entry = try #require(context.literacyIndex.first { $0.district == name })
      #expect(
        try Self.cell(.iplmCategory, row: name, in: sheet)?.value
          == .string(entry.category.label.indonesian))
    }
    let paron = try #require(context.districtStatistics.first { $0.district == "Paron" })
    #expect(try Self.cell(.libraries, row: "Paron", in: sheet)?.value == .number(3))
    #expect(try Self.cell(.reporting, row: "Paron", in: sheet)?.value == .number(2))
    #expect(
      try Self.cell(.minimumKPI, row: "Paron", in: sheet)?.value
        == .number(try #require(paron.kpi.minimum)))
    #expect(try Self.cell(.meanKPI, row: "Paron", in: sheet)?.numberFormat == "0.00")
    #expect(try Self.cell(.absorption, row: "Paron", in: sheet)?.numberFormat == "0.0%")
    #expect(try Self.cell(.costPerVisit, row: "Paron", in: sheet)?.numberFormat == "\"Rp \"#,##0")
    #expect(try Self.cell(.loans, row: "Paron", in: sheet)?.numberFormat == "#,##0")
    let total = try #require(context.regencyStatistics)
    #expect(
      try Self.cell(.libraries, row: "Kabupaten Ngawi", in: sheet)?.value
        == .number(Double(total.figures.libraries)))
    #expect(try Self.cell(.libraries, row: "Kabupaten Ngawi", in: sheet)?.isBold == true)
    // One regency in the data: no regency index.
    #expect(try Self.cell(.iplm, row: "Kabupaten Ngawi", in: sheet)?.value ?? .empty == .empty)
  }

  @Test("columns while district names fit under them, horizontal bars beyond eight")
  func chartKind() {
    #expect(DistrictsSheet.kind(categories: 2) == .column)
    #expect(DistrictsSheet.kind(categories: 8) == .column)
    #expect(DistrictsSheet.kind(categories: 9) == .bar)
    #expect(DistrictsSheet.kind(categories: 19) == .bar)
  }

  @Test("issue 11 print budget: the KPI and visits sections share their rows, side by side")
  func sectionsSideBySide() throws {
    let sheet = DistrictsSheet.build(ReportFixture.context()).spec
    let charts = sheet.charts
    try #require(charts.count == 2)
    // Both charts hang from the blocks' shared header row: KPI from D, visits from L.
    #expect(charts[0].anchor.row == charts[1].anchor.row)
    #expect([charts[0].anchor.column, charts[1].anchor.column] == [3, 11])
    let header = charts[0].anchor.row
    #expect(sheet.cells[CellReference(row: header, column: 0)]?.value == .string("Kecamatan"))
    #expect(sheet.cells[CellReference(row: header, column: 9)]?.value == .string("Kecamatan"))
    // The KPI chart spans D to I and stops where the visits block starts.
    let widths = DistrictsSheet.columnWidths
    #expect(charts[0].size.width == Int(PageFlow.pixels(ofColumns: Array(widths[3...8]))))
    #expect(charts[1].size.width == Int(PageFlow.pixels(ofColumns: Array(widths[11...16]))))
  }

  @Test("the mean-KPI chart clusters this period and the previous; visits are sorted bars")
  func charts() throws {
    let context = ReportFixture.context()
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Kecamatan")
    let specs = try workbook.spec("Kecamatan").charts
    #expect(sheet.charts.map(\.kind) == ["bar", "bar"])
    #expect(sheet.charts.map(\.barDirection) == ["col", "bar"])
    #expect(sheet.charts.first?.grouping == "clustered")
    // issue 11: LibreOffice skipped every other district name on the crowded axis.
    #expect(sheet.charts.map(\.categoryLabelInterval) == [1, 1])
    for (chart, spec) in zip(sheet.charts, specs) {
      #expect(
        chart.series.map(\.values) == spec.series.map { $0.values.qualified(bySheet: "Kecamatan") })
    }
    let sorted = context.districtStatistics.sorted {
      ($0.kpi.mean ?? 0) > ($1.kpi.mean ?? 0)
    }
    #expect(
      CoreWorkbook.texts(in: try #require(specs[0].series[0].categories), of: sheet)
        == sorted.map(\.district))
    let current = CoreWorkbook.numbers(in: specs[0].series[0].values, of: sheet)
    let previous = CoreWorkbook.numbers(in: specs[0].series[1].values, of: sheet)
    for (index, group) in sorted.enumerated() {
      let before = try #require(context.previousStatistics(district: group.district)?.kpi.mean)
      #expect(abs((current[index] ?? .nan) - (group.kpi.mean ?? .nan)) < 1e-12)
      #expect(abs((previous[index] ?? .nan) - before) < 1e-12)
    }
    let visits = CoreWorkbook.numbers(in: specs[1].series[0].values, of: sheet)
    let expected = context.districtStatistics.compactMap(\.figures.visitorsPer1000).sorted(by: >)
    for (written, value) in zip(visits, expected) {
      #expect(abs((written ?? .nan) - value) < 1e-12)
    }
    #expect(visits.count == expected.count)
  }

  @Test("a district workbook has the district's row, its and the regency's means, all districts")
  func districtScope() throws {
    let context = ReportFixture.context(language: .english, district: 1)
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Districts")
    #expect(try Self.cell(.libraries, row: "Paron", in: sheet)?.value == .number(3))
    // The regency's row is per library, without its count of libraries (a total).
    let regency = "Ngawi Regency: per library"
    #expect(try Self.cell(.libraries, row: regency, in: sheet)?.value == .empty)
    #expect(CoreWorkbook.cell(holding: "Paron District: per library", column: 0, in: sheet) != nil)
    #expect(CoreWorkbook.cell(holding: "Ngawi Regency", column: 0, in: sheet) == nil)
    // The charts draw every district of the regency.
    let chart = try workbook.spec("Districts").charts[0].series[0]
    #expect(
      Set(CoreWorkbook.texts(in: try #require(chart.categories), of: sheet))
        == ["Paron", "Ngawi", "../../etc"])
  }
}

import PustakaCore
import Testing
import XLSXReader
import XLSXWriter

@testable import PustakaReports

/// Issue 11, deliverables 7 and 8: district workbooks that place the district among all
/// districts and compare with regency means, and the Tren sheet's mean KPI per month and new
/// members on a chart of their own.
///
/// The small regency (`SmallRegency`) in October 2026: Paron holds L4 (strength 2), L5 (3) and
/// the silent L7; the regency has 7 libraries in three districts.
@Suite struct Issue11DistrictWorkbookTests {
  @Test("issue 11: a district workbook places the district among all districts")
  func standing() throws {
    let context = ReportFixture.context(language: .english, district: 1)
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Districts")
    let districts = context.regencyDistrictStatistics
    #expect(districts.count == 3)
    // The rank by mean KPI: one more than the districts with a higher mean.
    let own = try #require(districts.first { $0.district == "Paron" }?.kpi.mean)
    let higher = districts.compactMap(\.kpi.mean).filter { $0 > own }.count
    let heading = try #require(sheet.row(of: "Rank in Ngawi Regency"))
    #expect(sheet.text(heading + 1, 0) == "Mean KPI")
    #expect(sheet.number(heading + 1, 1) == Double(1 + higher))
    #expect(sheet.text(heading + 1, 2) == "of 3 districts")
    let indexes = context.regencyDistrictLiteracyIndex
    let ownIndex = try #require(indexes.first { $0.district == "Paron" }?.index)
    #expect(sheet.text(heading + 2, 0) == "IPLM index")
    #expect(
      sheet.number(heading + 2, 1) == Double(1 + indexes.filter { $0.index > ownIndex }.count))
    // The mean-KPI chart draws every district, one point each, with Paron's in the highlight.
    let built = try workbook.spec("Districts").charts[0].series[0]
    let categories = try #require(built.categories)
    let names = CoreWorkbook.texts(in: categories, of: sheet)
    #expect(Set(names.compactMap { $0 }) == ["Ngawi", "Paron", "../../etc"])
    #expect(categories.last.row - categories.first.row + 1 == 3)
    let chart = try #require(sheet.charts.first)
    #expect(chart.title?.contains("Paron") == true)
    let position = try #require(names.firstIndex(of: "Paron"))
    #expect(chart.series[0].pointFills == [position: "E69F00"])
    // The visits chart highlights the same district.
    let visits = try #require(sheet.charts.last?.series.first)
    let visitNames = CoreWorkbook.texts(
      in: try #require(workbook.spec("Districts").charts.last?.series[0].categories), of: sheet)
    #expect(visits.pointFills.count == 1)
    #expect(visits.pointFills.keys.first == visitNames.firstIndex(of: "Paron"))
  }

  @Test("issue 11: district workbooks compare with regency means, not totals")
  func means() throws {
    let context = ReportFixture.context(language: .english, district: 1)
    let core = try CoreWorkbook(context)
    defer { core.remove() }
    let districts = try core.sheet("Districts")
    func districtsCell(_ column: DistrictsSheet.Column, _ row: String) throws -> Double? {
      try DistrictsSheetTests.cell(column, row: row, in: districts).flatMap {
        if case .number(let value) = $0.value { return value }
        return nil
      }
    }
    // October loans: L4 2 x 8 + 4 = 20, L5 4 x 12 + 6 = 54 (Paron 74 over 3 libraries); the
    // regency adds L1 250, L2 136, L3 2 and L6 20: 482 over 7.
    let paron = "Paron District: per library"
    let regency = "Ngawi Regency: per library"
    #expect(try districtsCell(.loans, "Paron") == 74)
    #expect(close(try districtsCell(.loans, paron), 74.0 / 3))
    #expect(close(try districtsCell(.loans, regency), 482.0 / 7))
    // Spent: L4 4 x 450,000, L5 4 x 712,500 (4,650,000); the regency 16,550,000.
    #expect(close(try districtsCell(.spent, paron), 4_650_000.0 / 3))
    #expect(close(try districtsCell(.spent, regency), 16_550_000.0 / 7))
    #expect(try districtsCell(.libraries, regency) == nil)
    // Ratios compare as they are.
    let ratio = context.regencyStatistics?.figures.visitorsPer1000
    #expect(close(try districtsCell(.visitsPer1000, regency), ratio))
    // No regency total anywhere on the sheet.
    #expect(CoreWorkbook.cell(holding: "Ngawi Regency", column: 0, in: districts) == nil)

    let detail = try DetailWorkbook.paron.get()
    // Budget: the district table's rows per library, never the regency's totals.
    let budget = try detail.sheet("Budget")
    let budgetRow = try #require(budget.row(of: regency))
    #expect(close(budget.number(budgetRow, 2), 16_550_000.0 / 7))
    #expect(budget.row(of: "Ngawi Regency (for comparison)") == nil)
    #expect(close(budget.number(try #require(budget.row(of: paron)), 2), 4_650_000.0 / 3))
    // Trends: October visitors per library, L4 48 + 9 and L5 108 + 12 (177 over 3) against the
    // regency's 779 over 7.
    let trends = try detail.sheet("Trends")
    let heading = try #require(
      trends.row(of: "Monthly means per library: Paron District, Ngawi Regency"))
    let header = heading + 3
    #expect(trends.text(header, 1) == "Paron District")
    #expect(trends.text(header, 2) == "Ngawi Regency")
    #expect(close(trends.number(header + 12, 1), 59))
    #expect(close(trends.number(header + 12, 2), 779.0 / 7))
    #expect(trends.row(of: "For comparison: Ngawi Regency") == nil)
    // Collection and activities: per-library columns and rows beside the district's totals.
    let collection = try detail.sheet("Collection")
    #expect(collection.row(of: regency) != nil)
    let activities = try detail.sheet("Activities")
    let activitiesRow = try #require(activities.row(of: regency))
    let all = try #require(context.regencyStatistics).figures
    // The district table: its header, Paron's totals, then the two rows per library.
    let breakdown = try #require(activities.row(of: "Paron")) - 1
    #expect(activitiesRow == breakdown + 3)
    let column = try #require(activities.column(of: "Participants", row: breakdown))
    #expect(
      close(activities.number(activitiesRow, column), Double(all.activities.participants) / 7))
  }

  @Test("issue 11: Tren shows the mean KPI per month")
  func meanKPI() throws {
    let workbook = try DetailWorkbook.english.get()
    let sheet = try workbook.sheet("Trends")
    let regency = try #require(workbook.context.scopeStatistics)
    #expect(regency.monthlyKPI.count == 12)
    let header = try #require(sheet.headerRow(under: "Monthly figures: Ngawi Regency"))
    let column = try #require(sheet.column(of: "Mean KPI", row: header))
    for index in 0..<12 {
      #expect(close(sheet.number(header + 1 + index, column), regency.monthlyKPI[index].mean))
    }
    // A table of every district's mean KPI per month, months down.
    let table =
      try #require(
        sheet.headerRow(under: "Mean KPI per month by district: Ngawi Regency")) + 1
    for district in workbook.context.districtStatistics {
      let name = try #require(district.district)
      let column = try #require(sheet.column(of: name, row: table), "no column \(name)")
      for index in 0..<12 {
        #expect(close(sheet.number(table + 1 + index, column), district.monthlyKPI[index].mean))
      }
    }
    // The KPI chart draws the chart data's KPI column.
    let kpi = try #require(sheet.charts.first { $0.title == "Mean KPI per month" })
    let data = try #require(sheet.headerRow(under: "Chart data")) + 1
    let values = seriesRange(
      "Trends", column: TrendsSheet.DataColumn.kpi.rawValue, rows: (data + 1)...(data + 12))
    #expect(kpi.series.map(\.values) == [values])
    #expect(
      close(
        sheet.number(data + 12, TrendsSheet.DataColumn.kpi.rawValue), regency.monthlyKPI[11].mean))
  }

  @Test("issue 11: new members have their own axis")
  func newMembers() throws {
    let workbook = try DetailWorkbook.english.get()
    let sheet = try workbook.sheet("Trends")
    let data = try #require(sheet.headerRow(under: "Chart data")) + 1
    let column = TrendsSheet.DataColumn.newMembers.rawValue
    #expect(sheet.text(data, column) == "New members")
    let range = seriesRange("Trends", column: column, rows: (data + 1)...(data + 12))
    let drawing = sheet.charts.filter { $0.series.contains { $0.values == range } }
    // One chart draws new members, and nothing else: its value axis is theirs alone.
    #expect(drawing.count == 1)
    let chart = try #require(drawing.first)
    #expect(chart.series.count == 1)
    #expect(chart.title == "New members per month")
    #expect(chart.axisTitles == ["Month", "New members"])
  }
}

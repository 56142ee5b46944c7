import PustakaCore
import Testing
import XLSXReader

@testable import PustakaReports

@Suite struct TrendsSheetTests {
  /// The Excel serial number of the first day of `month`.
  func serial(_ month: Month) throws -> Double {
    let day = try #require(CalendarDate(year: month.year, month: month.month, day: 1))
    return Double(day.daysSinceEpoch + 25_569)
  }

  @Test("the monthly table holds the engine's months as dates and its sums as counts and money")
  func monthlyFigures() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Tren")
    let series = try #require(workbook.context.scopeStatistics).series
    let header = try #require(sheet.headerRow(under: "Angka per bulan: Kabupaten Ngawi"))
    #expect(sheet.text(header, 2) == "Pengunjung")
    // 13 months of data end in 2026-10: all 12 months of the window show.
    #expect(series.recordedMonths.count == 12)
    for (offset, point) in series.months.enumerated() {
      let row = header + 1 + offset
      #expect(sheet.number(row, 0) == (try serial(point.month)))
      #expect(sheet.cell(row: row, column: 0)?.numberFormat == "yyyy-mm")
      #expect(sheet.number(row, 2) == Double(point.visitors))
      #expect(sheet.number(row, 3) == Double(point.loans))
      #expect(sheet.number(row, 8) == Double(point.spent.amount))
    }
    let last = header + 12
    #expect(sheet.cell(row: last, column: 2)?.numberFormat == "#,##0")
    #expect(sheet.cell(row: last, column: 8)?.numberFormat == "\"Rp \"#,##0")
    // The engine now always scores the 12 months, so the mean KPI follows the money (and a
    // regency workbook has no regency column beside it).
    #expect(sheet.column(of: "Rata-rata KPI", row: header) == 9)
    #expect(sheet.column(of: "Rata-rata KPI kabupaten", row: header) == nil)
  }

  @Test("changes are the engine's percentages as shares, empty where the base is missing")
  func changes() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Tren")
    let series = try #require(workbook.context.scopeStatistics).series
    let heading = try #require(sheet.row(of: "Perubahan: Kabupaten Ngawi"))
    let first = heading + 3
    let monthly = series.monthOverMonth { Double($0.visitors) }
    let yearly = series.yearOverYear { Double($0.loans) }
    // 2025-11 against 2025-10 (the first month of data); no data a year before.
    #expect(close(sheet.number(first, 1), try #require(monthly[0]) / 100))
    #expect(sheet.number(first, 2) == nil)
    // 2026-10 against 2025-10: loans year over year.
    #expect(close(sheet.number(first + 11, 4), try #require(yearly[11]) / 100))
    #expect(sheet.cell(row: first + 11, column: 4)?.numberFormat == "0.0%")
  }

  @Test("six line charts draw the plain numbers of the chart data block")
  func charts() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Tren")
    let months = try #require(workbook.context.scopeStatistics).series.months
    // Visitors and loans, new members, participants, activities, money, mean KPI.
    #expect(sheet.charts.map(\.kind) == Array(repeating: "line", count: 6))
    #expect(sheet.charts.allSatisfy { $0.title != nil && $0.axisTitles.count == 2 })
    let header = try #require(sheet.headerRow(under: "Data grafik")) + 1
    let rows = (header + 1)...(header + 12)
    let visitors = try #require(sheet.charts.first?.series.first)
    #expect(visitors.values == seriesRange("Tren", column: 1, rows: rows))
    #expect(visitors.categories == seriesRange("Tren", column: 0, rows: rows))
    #expect(visitors.nameReference == "Tren!$B$\(header + 1)")
    for (offset, row) in rows.enumerated() {
      #expect(sheet.number(row, 1) == Double(months[offset].visitors))
      #expect(sheet.cell(row: row, column: 1)?.formula == nil)
    }
    #expect(sheet.text(header + 12, 0) == "Okt 2026")
    let spending = sheet.charts[4].series.map(\.values)
    #expect(spending == [6, 7].map { seriesRange("Tren", column: $0, rows: rows) })
  }

  @Test("a district shows the regency's means per library, and its mean KPI beside the district's")
  func districtWithMonthlyKPI() throws {
    let workbook = try DetailWorkbook.withMonthlyKPI.get()
    let sheet = try workbook.sheet("Tren")
    let district = try #require(workbook.context.scopeStatistics)
    let regency = try #require(workbook.context.regencyStatistics)
    let header = try #require(
      sheet.headerRow(under: "Angka per bulan: Kecamatan Paron, Kabupaten Ngawi"))
    #expect(sheet.text(header, 9) == "Rata-rata KPI")
    #expect(sheet.text(header, 10) == "Rata-rata KPI kabupaten")
    #expect(close(sheet.number(header + 12, 9), district.monthlyKPI[11].mean))
    #expect(close(sheet.number(header + 12, 10), regency.monthlyKPI[11].mean))
    #expect(sheet.cell(row: header + 12, column: 9)?.numberFormat == "0.00")
    let comparison = try #require(
      sheet.row(of: "Rata-rata per perpustakaan per bulan: Kecamatan Paron, Kabupaten Ngawi"))
    #expect(
      close(
        sheet.number(comparison + 3 + 12, 2),
        Double(regency.series.months[11].visitors) / Double(regency.figures.libraries)))
    #expect(sheet.charts.count == 6)
    #expect(sheet.charts[5].series.count == 2)
  }
}

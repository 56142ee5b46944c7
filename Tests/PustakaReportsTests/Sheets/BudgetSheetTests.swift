import PustakaCore
import Testing
import XLSXReader

@testable import PustakaReports

@Suite struct BudgetSheetTests {
  @Test("money by category equals the engine's, with absorption as a share and sums as formulas")
  func byCategory() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Anggaran")
    let figures = try #require(workbook.context.scopeStatistics).figures
    let header = try #require(sheet.headerRow(under: "Menurut kategori belanja: Kabupaten Ngawi"))
    #expect(sheet.text(header, 1) == "Pagu Okt 2026 (Rp)")
    #expect(sheet.text(header, 4) == "Pagu Jan-Okt 2026 (Rp)")
    let row = try #require(sheet.row(of: "Koleksi", after: header))
    #expect(sheet.number(row, 1) == Double(figures.budget.allocated(.collection).amount))
    #expect(sheet.number(row, 2) == Double(figures.budget.spent(.collection).amount))
    #expect(close(sheet.number(row, 3), try #require(figures.absorption(.collection)) / 100))
    #expect(
      sheet.number(row, 5) == Double(figures.budgetYearToDate.spent(.collection).amount))
    #expect(sheet.cell(row: row, column: 1)?.numberFormat == "\"Rp \"#,##0")
    #expect(sheet.cell(row: row, column: 3)?.numberFormat == "0.0%")
    // Facilities has no budget line: 0 allocated, absorption empty.
    let facilities = try #require(sheet.row(of: "Sarana prasarana", after: header))
    #expect(sheet.number(facilities, 1) == 0)
    #expect(sheet.number(facilities, 3) == nil)
    let total = try #require(sheet.row(of: "Jumlah", after: header))
    let sum = try #require(sheet.cell(row: total, column: 1))
    #expect(sum.formula == "SUM(B\(header + 2):B\(total))")
    #expect(sum.value == .number(Double(figures.budget.allocated.amount)))
    let share = try #require(sheet.cell(row: total, column: 6))
    #expect(share.formula == "IF(E\(total + 1)=0,\"\",F\(total + 1)/E\(total + 1))")
    #expect(close(sheet.number(total, 6), try #require(figures.absorptionYearToDate) / 100))
  }

  @Test("districts and the regency show absorption, cost per visit and per loan")
  func byDistrict() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Anggaran")
    let header = try #require(sheet.headerRow(under: "Per kecamatan: Kabupaten Ngawi"))
    #expect(sheet.column(of: "Biaya per kunjungan (Rp)", row: header) == 7)
    for group in workbook.context.districtStatistics {
      let name = try #require(group.district)
      let row = try #require(sheet.row(of: name, after: header))
      #expect(close(sheet.number(row, 6), try #require(group.figures.absorptionYearToDate) / 100))
      #expect(close(sheet.number(row, 7), group.figures.costPerVisit))
      #expect(sheet.number(row, 9) == Double(group.figures.libraries))
    }
    let regency = try #require(workbook.context.regencyStatistics).figures
    let total = try #require(sheet.row(of: "Kabupaten Ngawi", after: header))
    #expect(close(sheet.number(total, 8), regency.costPerLoan))
    #expect(sheet.number(total, 10) == Double(regency.reporting))
  }

  @Test("issue 11: every library is listed, the formula-like name as text, in an Excel table")
  func byLibrary() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Anggaran")
    let header = try #require(sheet.headerRow(under: "Per perpustakaan: Kabupaten Ngawi"))
    let row = try #require(sheet.row(of: "=HYPERLINK(\"http://x\")", after: header))
    #expect(sheet.cell(row: row, column: 0)?.formula == nil)
    let figures = try #require(workbook.context.libraryStatistics[LibraryID("L4")]).figures
    #expect(sheet.number(row, 2) == Double(figures.budget.spent.amount))
    #expect(close(sheet.number(row, 7), figures.costPerVisit))
    #expect(sheet.text(row, 10) == "Beran")
    // L7 never reports and has no budget: money empty, not zero.
    let silent = try #require(sheet.row(of: "Perpustakaan Sepi", after: header))
    #expect(sheet.number(silent, 1) == nil)
    // One Excel table in the regency's workbook too; its printed pages repeat the header
    // (PrintedLayoutTests).
    #expect(sheet.tables.map(\.name) == ["BudgetByLibrary"])
    #expect(sheet.tables.first?.hasAutoFilter == true)
    // A district's spending by library is a list of its own, with the ids.
    let district = try DetailWorkbook.paron.get().sheet("Budget")
    #expect(district.tables.map(\.name) == ["SpendingByLibrary", "BudgetByLibrary"])
    #expect(district.tables.first?.columnNames.first == "Library")
    #expect(district.tables.first?.columnNames.last == "ID")
    #expect(district.tables.last?.columnNames.last == "ID")
  }

  @Test("the charts: spending by category per district stacked, absorption, money by category")
  func charts() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Anggaran")
    let charts = sheet.charts
    #expect(charts.map(\.kind) == ["bar", "bar", "bar", "bar"])
    #expect(charts.map(\.barDirection) == ["bar", "bar", "col", "bar"])
    #expect(charts[0].grouping == "stacked")
    #expect(charts[0].series.count == BudgetCategory.allCases.count)
    let spending = try #require(
      sheet.headerRow(under: "Realisasi Okt 2026 per kategori, per kecamatan"))
    let districts = workbook.context.districtStatistics
    let rows = (spending + 1)...(spending + districts.count)
    #expect(charts[0].series[0].values == seriesRange("Anggaran", column: 1, rows: rows))
    #expect(charts[0].series[0].categories == seriesRange("Anggaran", column: 0, rows: rows))
    for (offset, group) in districts.enumerated() {
      #expect(sheet.text(spending + 1 + offset, 0) == group.district)
      #expect(
        sheet.number(spending + 1 + offset, 1)
          == Double(group.figures.budget.spent(.collection).amount))
    }
    // Absorption draws the district table's January-to-date column, not its regency row.
    let table = try #require(sheet.headerRow(under: "Per kecamatan: Kabupaten Ngawi"))
    #expect(
      charts[1].series.first?.values
        == seriesRange("Anggaran", column: 6, rows: (table + 1)...(table + districts.count)))
    // Money by category leaves the totals row (formulas) out.
    let categories = try #require(
      sheet.headerRow(under: "Menurut kategori belanja: Kabupaten Ngawi"))
    #expect(
      charts[2].series.map(\.values)
        == [1, 2].map {
          seriesRange("Anggaran", column: $0, rows: (categories + 1)...(categories + 5))
        })
  }

  @Test("a district shows its libraries in the charts and the regency's means beside its figures")
  func district() throws {
    let workbook = try DetailWorkbook.paron.get()
    let sheet = try workbook.sheet("Budget")
    let header = try #require(
      sheet.headerRow(under: "By spending category: Paron District, Ngawi Regency"))
    #expect(sheet.text(header, 7) == "Regency absorption Jan-Oct 2026")
    let regency = try #require(workbook.context.regencyStatistics).figures
    let row = try #require(sheet.row(of: "Staff", after: header))
    #expect(
      close(sheet.number(row, 7), try #require(regency.absorption(.staff, yearToDate: true)) / 100))
    let districts = try #require(
      sheet.headerRow(under: "By district: Paron District, Ngawi Regency"))
    #expect(sheet.text(districts + 1, 0) == "Paron")
    #expect(sheet.text(districts + 2, 0) == "Paron District: per library")
    #expect(sheet.text(districts + 3, 0) == "Ngawi Regency: per library")
    #expect(
      close(sheet.number(districts + 3, 1), Double(regency.budget.allocated.amount) / 7))
    let libraries = try #require(
      sheet.headerRow(under: "By library: Paron District, Ngawi Regency"))
    let names = (1...3).compactMap { sheet.text(libraries + $0, 0) }
    #expect(names == ["=HYPERLINK(\"http://x\")", "Perpustakaan Sepi", "Taman Baca Sejahtera"])
    #expect(sheet.charts[0].series[0].categories?.hasPrefix("Budget!$A$") == true)
    #expect(
      sheet.charts[1].series.first?.values
        == seriesRange("Budget", column: 6, rows: (libraries + 1)...(libraries + 3)))
  }
}

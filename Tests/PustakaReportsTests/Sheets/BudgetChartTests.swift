import PustakaCore
import Testing
import XLSXReader
import XLSXWriter

@testable import PustakaReports

/// Issue 11.6: charts that show small funding sources, and money in millions.
@Suite struct BudgetChartTests {
  @Test("issue 11.6: the funding sources are 100 % stacked shares of allocated and spent")
  func sourceShares() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Anggaran")
    let chart = try #require(sheet.charts.last)
    #expect(chart.title == "Porsi sumber dana dalam pagu dan realisasi Okt 2026")
    #expect(chart.barDirection == "bar")
    #expect(chart.grouping == "percentStacked")
    #expect(chart.valueAxisNumberFormat == "0%")
    let header = try #require(sheet.headerRow(under: "Menurut sumber dana: Kabupaten Ngawi"))
    let budget = try #require(workbook.context.scopeStatistics).figures.budget
    let used = FundingSource.allCases.enumerated().filter {
      budget.allocated($0.element).amount > 0 || budget.spent($0.element).amount > 0
    }
    #expect(!used.isEmpty)
    #expect(chart.series.count == used.count)
    for (series, (offset, _)) in zip(chart.series, used) {
      let row = header + 1 + offset
      let values = CellRange(
        firstRow: row, firstColumn: 1, lastRow: row, lastColumn: 2)
      #expect(series.values == values.qualified(bySheet: "Anggaran"))
      let categories = CellRange(
        firstRow: header, firstColumn: 1, lastRow: header, lastColumn: 2)
      #expect(series.categories == categories.qualified(bySheet: "Anggaran"))
      #expect(series.nameReference == "Anggaran!$A$\(row + 1)")
    }
  }

  @Test("issue 11.6: money axes count millions of rupiah and say so")
  func moneyAxes() throws {
    let workbook = try DetailWorkbook.regency.get()
    let budget = try workbook.sheet("Anggaran").charts
    for chart in [budget[0], budget[2]] {
      #expect(chart.axisTitles.contains("juta Rp"))
      #expect(chart.valueAxisNumberFormat?.hasSuffix(",,") == true)
    }
    let trends = try workbook.sheet("Tren").charts
    let money = try #require(trends.first { $0.axisTitles.contains("juta Rp") })
    #expect(money.valueAxisNumberFormat?.hasSuffix(",,") == true)
  }

  @Test(
    "a money axis shows two decimals below Rp 1 million, one below Rp 10 million, then none",
    arguments: [
      (9_999_999.0, "#,##0.0,,"), (10_000_000, "#,##0,,"), (999_999, "#,##0.00,,"),
      (1_000_000, "#,##0.0,,"), (0, "#,##0.00,,"),
    ])
  func millions(largest: Double, format: String) {
    #expect(ReportFormats.millionsAxis(largest: largest) == format)
  }
}

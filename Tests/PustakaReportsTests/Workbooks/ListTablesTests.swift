import PustakaCore
import Testing
import XLSXWriter

@testable import PustakaReports

/// Every per-library list of the regency and district workbooks is an Excel table (sortable,
/// with filter buttons), carries the library id, and has no header rows inside its data.
@Suite struct ListTablesTests {
  @Test(
    "issue 11: every per-library list is an Excel table with the id and no header rows inside",
    arguments: ["Rekap-Ngawi-2026-10.xlsx", "Kecamatan/Paron-2026-10.xlsx"])
  func listsAreTables(path: String) throws {
    let plan = ReportPlanTests.plan()
    let entry = try #require(plan.entries.first { $0.path == path })
    let workbook = plan.build(entry)
    let library = ReportLabels.indonesian.detail.library
    let id = ReportLabels.indonesian.detail.libraryID
    let names = Set(ReportFixture.input.report.scoreboard.libraries.map(\.library.name))
    let chartData = ReportLabels.indonesian.detail.chartDataHeading
    var lists = 0
    for sheet in workbook.sheets {
      // Chart data blocks (under "Data grafik") hold what a chart draws, not a list to read.
      let chartDataRow =
        sheet.cellsInRowOrder.first { $0.cell.value == .string(chartData) }?.reference.row
        ?? Int.max
      // A per-library list's header: a header-styled "Perpustakaan" caption over a library's
      // name.
      let headers = sheet.cellsInRowOrder.filter { reference, cell in
        guard cell.value == .string(library), cell.format == ReportFormats.header,
          reference.row < chartDataRow,
          case .string(let below)? = sheet[reference.offset(rows: 1)]?.value
        else { return false }
        return names.contains(below)
      }
      for (reference, _) in headers {
        lists += 1
        let table = sheet.tables.first {
          $0.range.first.row == reference.row
            && (($0.range.first.column)...($0.range.last.column)).contains(reference.column)
        }
        guard let table else {
          Issue.record("\(sheet.name)!\(reference.a1): a per-library list that is no table")
          continue
        }
        #expect(table.columnHeaders.contains(id), "\(sheet.name) \(table.name) has no id")
        for row in (table.range.first.row + 1)...table.range.last.row {
          let first = sheet[CellReference(row: row, column: table.range.first.column)]
          #expect(first?.format != ReportFormats.header, "\(sheet.name) row \(row) is a header")
        }
      }
    }
    #expect(lists >= 5)
  }
}

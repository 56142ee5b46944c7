import Testing
import XLSXWriter

@testable import PustakaReports

/// Issue 11.3: long per-library lists print in a compact style, so a regency's lists take
/// fewer pages while the tables and headings around them keep their size.
@Suite struct ListStyleTests {
  @Test("list rows are 12 points high in 9-point text; a cell's own font size stays")
  func style() {
    var sheet = ReportSheet(name: "List")
    sheet.edit { spec in
      spec.write(.string("header"), row: 0, column: 0, format: ReportFormats.header)
      spec.write(.number(1), row: 1, column: 0, format: ReportFormats.count)
      spec.write(.string("big"), row: 1, column: 1, format: CellFormat(fontSize: 14))
    }
    let placement = TablePlacement(
      header: CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 2),
      firstDataRow: 1, lastDataRow: 1, firstColumn: 0)
    sheet.setListStyle(placement)
    #expect(sheet.spec.rowHeights == [1: 12])
    #expect(sheet.spec[CellReference(row: 1, column: 0)]?.format.fontSize == 9)
    #expect(sheet.spec[CellReference(row: 1, column: 0)]?.format.numberFormat == "#,##0")
    #expect(sheet.spec[CellReference(row: 1, column: 1)]?.format.fontSize == 14)
    // The header and the empty cell are left alone.
    #expect(sheet.spec[CellReference(row: 0, column: 0)]?.format.fontSize == nil)
    #expect(sheet.spec[CellReference(row: 1, column: 2)] == nil)
  }

  @Test("the ranking's library rows use the list style, its header does not")
  func ranking() throws {
    let spec = RankingSheet.build(ReportFixture.context()).spec
    let table = try #require(spec.tables.first)
    let dataRows = (table.range.first.row + 1)...table.range.last.row
    #expect(dataRows.allSatisfy { spec.rowHeights[$0] == ReportSheet.listRowHeight })
    #expect(spec.rowHeights[table.range.first.row] == 48)
    let cells = dataRows.flatMap { row in
      (table.range.first.column...table.range.last.column).compactMap {
        spec[CellReference(row: row, column: $0)]
      }
    }
    #expect(cells.count > 20 && cells.allSatisfy { $0.format.fontSize == 9 })
  }
}

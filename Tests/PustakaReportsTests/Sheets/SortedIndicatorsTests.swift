import Foundation
import PustakaCore
import TestSupport
import Testing
import XLSXReader
import XLSXWriter

@testable import PustakaReports

/// The ranking's KPI formulas find each library's row on the indicators sheet by its id, so a
/// user who sorts the indicators table (by any column) still sees every library's own KPI.
@Suite(.enabled(if: LibreOfficeCalc.isAvailable, "needs LibreOffice Calc (make test installs it)"))
struct SortedIndicatorsTests {
  /// Swaps the library rows of the indicators sheet end for end, as sorting it descending by
  /// rank would.
  static func reverseLibraryRows(_ sheet: inout ReportSheet, libraries: Int, columns: Int) {
    sheet.edit { spec in
      let first = IndicatorsLayout.firstDataRow
      for offset in 0..<(libraries / 2) {
        let top = first + offset
        let bottom = first + libraries - 1 - offset
        for column in 0...columns {
          let upper = spec[CellReference(row: top, column: column)]
          let lower = spec[CellReference(row: bottom, column: column)]
          if let lower { spec.write(lower.value, row: top, column: column, format: lower.format) }
          if let upper {
            spec.write(upper.value, row: bottom, column: column, format: upper.format)
          }
        }
      }
    }
  }

  @Test(
    "issue 11: a sorted Indikator sheet recalculated in LibreOffice gives every library its own KPI"
  )
  func sortedIndicators() throws {
    let context = ReportFixture.context()
    var sheets = CoreSheets.build(context)
    let layout = IndicatorsLayout(rubric: context.rubric, libraries: context.reporting.count)
    let position = try #require(sheets.firstIndex { $0.spec.name == "Indikator" })
    Self.reverseLibraryRows(
      &sheets[position], libraries: context.reporting.count, columns: layout.lastColumn)
    let folder = try TemporaryDirectory(prefix: "sorted-indicators")
    defer { folder.remove() }
    let url = folder.file("sorted.xlsx")
    try WorkbookWriter.write(
      WorkbookAssembler.workbook(title: "Rekap", sheets: sheets, context: context), to: url)
    let copy = try #require(try LibreOfficeCalc.recalculate([url], into: folder.url).first)
    let document = try XLSXDocument(contentsOf: copy)
    let indicators = try #require(document.sheet(named: "Indikator"))
    // The sort took: the lowest-ranked library now heads the table.
    #expect(
      indicators.cell(row: IndicatorsLayout.firstDataRow, column: IndicatorsLayout.libraryIDColumn)?
        .value == .string(try #require(context.reporting.last).library.id.rawValue))
    let ranking = try #require(document.sheet(named: "Peringkat"))
    let columns = RankingSheet.columns(context)
    let idColumn = try #require(columns.firstIndex(of: .libraryID))
    let kpiColumn = try #require(columns.firstIndex(of: .kpi))
    let header = try #require(ranking.tables.first { $0.name == "Peringkat" })
    let firstRow =
      try #require(
        ranking.cells.first { $0.value == .string(header.columnNames[idColumn]) }
      ).row + 1
    for (index, score) in context.reporting.enumerated() {
      let row = firstRow + index
      #expect(ranking.cell(row: row, column: idColumn)?.value == .string(score.library.id.rawValue))
      guard case .number(let kpi) = ranking.cell(row: row, column: kpiColumn)?.value else {
        Issue.record("no KPI for \(score.library.id.rawValue)")
        continue
      }
      let expected = try #require(score.kpi)
      #expect(abs(kpi - expected) < 1e-9, "\(score.library.id.rawValue): \(kpi) vs \(expected)")
    }
  }
}

import PustakaCore
import Testing
import XLSXReader
import XLSXWriter

@testable import PustakaReports

@Suite struct RankingSheetTests {
  /// The written table's data cell of `column` for the `index`-th library.
  static func cell(
    _ column: RankingSheet.Column, _ index: Int, table: TableSpec, columns: [RankingSheet.Column],
    in sheet: XLSXSheet
  ) throws -> XLSXCell {
    let offset = try #require(columns.firstIndex(of: column))
    return try #require(
      sheet.cell(
        row: table.range.first.row + 1 + index, column: table.range.first.column + offset))
  }

  @Test("issue 11: every library is ranked, its KPI a formula finding its points by its id")
  func rankedRows() throws {
    let context = ReportFixture.context()
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let ranking = try workbook.sheet("Peringkat")
    let indicators = try workbook.sheet("Indikator")
    let table = try #require(try workbook.spec("Peringkat").tables.first)
    let columns = RankingSheet.columns(context)
    let layout = IndicatorsLayout(rubric: context.rubric, libraries: context.reporting.count)
    #expect(context.reporting.map(\.library.id.rawValue) == ["L1", "L2", "L5", "L6", "L4", "L3"])
    #expect(table.range.rowCount == context.reporting.count + 1)
    for (index, score) in context.reporting.enumerated() {
      let kpi = try Self.cell(.kpi, index, table: table, columns: columns, in: ranking)
      let expectedKPI = try #require(score.kpi)
      // The cache is the engine's KPI exactly, not a recomputation.
      #expect(kpi.value == .number(expectedKPI))
      #expect(kpi.numberFormat == "0.00")
      let points = layout.indicatorCells.qualified(bySheet: "Indikator")
      let ids = layout.libraryIDs.qualified(bySheet: "Indikator")
      let id = try Self.cell(.libraryID, index, table: table, columns: columns, in: ranking)
      #expect(id.value == .string(score.library.id.rawValue))
      let idCell = "$" + id.reference.filter(\.isLetter) + id.reference.filter(\.isNumber)
      let weights = "Indikator!\(layout.weights.absoluteA1)"
      #expect(
        kpi.formula
          == "SUMPRODUCT(\(weights),INDEX(\(points),MATCH(\(idCell),\(ids),0),0))*100"
          + "/(4*SUM(\(weights)))")
      // The row the formula reads is the same library's, and holds the engine's points.
      let row = layout.row(ofLibrary: index)
      #expect(
        indicators.cell(row: row, column: IndicatorsLayout.libraryColumn)?.value
          == .string(score.library.name))
      for (position, indicator) in score.indicators.enumerated() {
        #expect(
          indicators.cell(row: row, column: layout.pointsColumn(position))?.value
            == .number(Double(indicator.points)))
      }
      #expect(
        try Self.cell(.rank, index, table: table, columns: columns, in: ranking).value
          == .number(Double(try #require(score.rank))))
      #expect(
        try Self.cell(.library, index, table: table, columns: columns, in: ranking).value
          == .string(score.library.name))
      #expect(
        try Self.cell(.grade, index, table: table, columns: columns, in: ranking).value
          == .string(context.gradeText(try #require(score.grade))))
      let service = try Self.cell(
        .area(.service), index, table: table, columns: columns, in: ranking)
      #expect(service.value == .number(try #require(score.areaScore(.service)).score))
    }
  }

  @Test("an Excel table with filter buttons, a frozen header and the changes with their sign")
  func tableAndFormats() throws {
    let context = ReportFixture.context()
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let ranking = try workbook.sheet("Peringkat")
    let table = try #require(try workbook.spec("Peringkat").tables.first)
    let columns = RankingSheet.columns(context)
    let written = try #require(ranking.tables.first)
    #expect(written.name == "Peringkat")
    #expect(written.reference == table.range.a1)
    #expect(written.hasAutoFilter)
    #expect(written.columnNames.count == columns.count)
    let library = try #require(columns.firstIndex(of: .library))
    #expect(
      ranking.frozenPane == XLSXFrozenPane(row: table.range.first.row + 1, column: library + 1))
    #expect(ranking.printSetup.printTitles?.contains("$\(table.range.first.row + 1)") == true)
    #expect(
      try Self.cell(.rankChange, 0, table: table, columns: columns, in: ranking).numberFormat
        == "+#,##0;-#,##0;0")
    #expect(
      try Self.cell(.kpiChange, 0, table: table, columns: columns, in: ranking).numberFormat
        == "+0.00;-0.00;0.00")
    // The fixture's months are alike, so no library moved.
    #expect(
      try Self.cell(.rankChange, 0, table: table, columns: columns, in: ranking).value == .number(0)
    )
  }

  @Test("a colour scale on the KPI, data bars on the sub-scores, the top three by a formula rule")
  func conditionalFormats() throws {
    let context = ReportFixture.context()
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let ranking = try workbook.sheet("Peringkat")
    let table = try #require(try workbook.spec("Peringkat").tables.first)
    let columns = RankingSheet.columns(context)
    func ranges(_ type: String) -> [String] {
      ranking.conditionalFormats.filter { $0.rules.contains { $0.type == type } }.map(\.sqref)
    }
    func data(_ column: RankingSheet.Column) throws -> String {
      let offset = try #require(columns.firstIndex(of: column))
      return CellRange(
        firstRow: table.range.first.row + 1, firstColumn: offset, lastRow: table.range.last.row,
        lastColumn: offset
      ).a1
    }
    #expect(ranges("colorScale") == [try data(.kpi)])
    #expect(
      ranges("dataBar")
        == (try KPIArea.allCases.map { try data(.area($0)) }))
    let topThree = ranking.conditionalFormats.first { $0.rules.first?.type == "expression" }
    #expect(topThree?.sqref == (try data(.library)))
    #expect(topThree?.rules.first?.formulas.first?.hasSuffix("<=3)") == true)
  }

  @Test("a library named like a formula is written as text")
  func formulaLookingName() throws {
    let workbook = try CoreWorkbook(ReportFixture.context())
    defer { workbook.remove() }
    for name in ["Peringkat", "Indikator", "Ringkasan"] {
      let cells = try workbook.sheet(name).cells.filter {
        $0.value == .string("=HYPERLINK(\"http://x\")")
      }
      #expect(!cells.isEmpty, "sheet \(name)")
      #expect(cells.allSatisfy { $0.formula == nil })
    }
  }

  @Test("libraries that did not report follow the table with a note")
  func notReporting() throws {
    let context = ReportFixture.context()
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let ranking = try workbook.sheet("Peringkat")
    let table = try #require(try workbook.spec("Peringkat").tables.first)
    let sepi = try #require(CoreWorkbook.cell(holding: "Perpustakaan Sepi", column: 3, in: ranking))
    #expect(sepi.row > table.range.last.row + 2)
    #expect(ranking.cell(row: sepi.row, column: 2)?.value == .string("L7"))
    #expect(
      ranking.cell(row: sepi.row, column: 6)?.value == .string(context.labels.ranking.notReporting))
    // issue 11: the block is an Excel table of its own.
    #expect(ranking.tables.contains { $0.name == "PeringkatTidakMelapor" && $0.hasAutoFilter })
    let mean = try #require(
      CoreWorkbook.cell(holding: "Rata-rata Kabupaten Ngawi", column: 3, in: ranking))
    // libxlsxwriter writes 16 significant digits, so a mean such as 56.666... reads back a
    // hair away from the double it was.
    let expected = try #require(context.regencyStatistics?.kpi.mean)
    guard case .number(let written) = ranking.cell(row: mean.row, column: 6)?.value else {
      Issue.record("no mean KPI")
      return
    }
    #expect(abs(written - expected) < 1e-12)
  }

  @Test("a district workbook ranks the district's libraries, with their regency rank and means")
  func districtScope() throws {
    let context = ReportFixture.context(language: .english, district: 1)
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let ranking = try workbook.sheet("Ranking")
    let table = try #require(try workbook.spec("Ranking").tables.first)
    let columns = RankingSheet.columns(context)
    #expect(ranking.tables.first?.name == "Ranking")
    #expect(table.range.rowCount == 3)
    let names = try (0..<2).map {
      try Self.cell(.library, $0, table: table, columns: columns, in: ranking).value
    }
    #expect(names == [.string("Taman Baca Sejahtera"), .string("=HYPERLINK(\"http://x\")")])
    #expect(
      try Self.cell(.rank, 1, table: table, columns: columns, in: ranking).value == .number(2))
    #expect(
      try Self.cell(.rankInRegency, 1, table: table, columns: columns, in: ranking).value
        == .number(5))
    let library = try #require(columns.firstIndex(of: .library))
    #expect(CoreWorkbook.cell(holding: "Mean, Paron District", column: library, in: ranking) != nil)
    #expect(CoreWorkbook.cell(holding: "Mean, Ngawi Regency", column: library, in: ranking) != nil)
    #expect(
      CoreWorkbook.cell(holding: "Perpustakaan Cemerlang", column: library, in: ranking) == nil)
  }
}

import Foundation
import PustakaCore
import PustakaSample
import TestSupport
import Testing
import XLSXReader
import XLSXWriter

@testable import PustakaReports

/// How the long sheets of the Ngawi sample (217 libraries) print: the indicators across
/// readable pages with the library columns repeated, and the detail sheets' long lists with
/// their header copied at the top of every page, at breaks set in the file.
@Suite struct PrintedLayoutTests {
  /// The regency workbook's context for the Ngawi sample, as `pustaka run` builds it.
  static let ngawi: ReportContext = {
    // The generator makes exactly the committed samples/ngawi files (SampleLoadTests).
    let scorer = KPIScorer(dataSet: SampleGenerator(options: SampleOptions()).dataSet())
    let period = Period.month(SampleOptions.defaultEnd)
    let input = ReportInput(
      report: PeriodReport(scorer: scorer, period: period),
      previous: PeriodReport(scorer: scorer, period: period.previous),
      quality: DataQualityInput(), provenance: ReportFixture.input.provenance)
    return ReportContext(
      input: input, scope: .regency(0, in: input.report.places),
      options: ReportOptions(office: "Dinas Perpustakaan", created: ReportFixture.created))
  }()

  static let detailSheets = DetailSheets.build(ngawi)

  /// Writes `sheets` and reads them back.
  static func readBack(_ sheets: [ReportSheet]) throws -> XLSXDocument {
    let folder = try TemporaryDirectory(prefix: "printed-layout")
    defer { folder.remove() }
    let url = folder.file("print.xlsx")
    try WorkbookWriter.write(
      WorkbookAssembler.workbook(title: "Rekap", sheets: sheets, context: ngawi), to: url)
    return try XLSXDocument(contentsOf: url)
  }

  // MARK: - Page budget

  @Test(
    "issue 11: the Ngawi regency workbook prints at most 30 pages in LibreOffice",
    .enabled(if: LibreOfficeCalc.isAvailable, "needs LibreOffice Calc (make test installs it)"))
  func pageBudget() throws {
    let folder = try TemporaryDirectory(prefix: "page-budget")
    defer { folder.remove() }
    let url = folder.file("Rekap-Ngawi-2026-10.xlsx")
    try WorkbookWriter.write(RegencyWorkbook.workbook(Self.ngawi), to: url)
    let pages = try LibreOfficeCalc.printedPages(of: url, in: folder.url)
    // shared/reports.md: "the regency workbook of Ngawi prints in at most 30 pages".
    #expect(pages <= 30)
    // Every sheet prints: eleven sheets, the ranking and indicators over several pages.
    #expect(pages > 11)
  }

  // MARK: - Indicators

  @Test("issue 11: the indicators print 2 pages across, library columns and header on each")
  func indicators() throws {
    let sheet = IndicatorsSheet.build(Self.ngawi).spec
    let setup = sheet.printSetup
    let layout = IndicatorsLayout(
      rubric: Self.ngawi.rubric, libraries: Self.ngawi.reporting.count)
    #expect(setup.fitToPages == nil)
    let scale = try #require(setup.scalePercent)
    #expect(scale >= 50)
    #expect(setup.repeatedColumns == 0...3)
    #expect(setup.repeatedRows == IndicatorsLayout.areaRow...IndicatorsLayout.captionRow)
    // Each page starts at an indicator's value column; two pages across.
    let breaks = setup.verticalPageBreaks
    #expect(breaks.count == 1)
    #expect(breaks.allSatisfy { ($0 - IndicatorsLayout.firstIndicatorColumn) % 2 == 0 })
    // Every page's columns, the repeated ones included, fit the printable width at that scale
    // as LibreOffice draws them (the wider of the two programs).
    func width(_ columns: Range<Int>) -> Double {
      columns.reduce(0) { total, column in
        guard case .fixed(let width) = sheet.columns[column]?.width else {
          Issue.record("column \(column) has no fixed width")
          return total
        }
        return total + IndicatorsSheet.printedPixels(ofWidth: width)
      }
    }
    let edges = [IndicatorsLayout.firstIndicatorColumn] + breaks + [layout.lastColumn + 1]
    for (first, next) in zip(edges, edges.dropFirst()) {
      #expect((width(0..<4) + width(first..<next)) * Double(scale) / 100 <= 1_045)
    }
    // In the file: the print titles name the library columns and the header rows.
    let document = try Self.readBack([IndicatorsSheet.build(Self.ngawi)])
    let printed = try #require(document.sheet(named: "Indikator")).printSetup
    #expect(printed.printTitles == "Indikator!$A:$D,Indikator!$5:$8")
    #expect(printed.scale == scale)
    #expect(!printed.fitsToPage)
    #expect(printed.columnBreaks == breaks)
  }

  @Test("an area band cut by a page break names its area on both pages")
  func areaBands() throws {
    let sheet = IndicatorsSheet.build(Self.ngawi).spec
    let bands = sheet.mergedRanges.filter { $0.first.row == IndicatorsLayout.areaRow }
      .filter { $0.first.column >= IndicatorsLayout.firstIndicatorColumn }
    for column in sheet.printSetup.verticalPageBreaks {
      #expect(bands.contains { $0.first.column == column }, "no band starts at \(column)")
    }
    for band in bands {
      guard case .string(let area)? = sheet.cells[band.first]?.value else {
        Issue.record("band at column \(band.first.column) has no text")
        continue
      }
      #expect(!area.isEmpty)
    }
  }

  // MARK: - Detail sheets

  /// The header row of the list that holds `row`: the nearest row above in the header format.
  static func listHeader(above row: Int, in sheet: SheetSpec) -> Int? {
    (0..<row).reversed().first {
      sheet.cells[CellReference(row: $0, column: 0)]?.format == ReportFormats.header
    }
  }

  /// Whether `row` is a list's data row: something in its first column that is no header,
  /// heading, note or title.
  static func isDataRow(_ row: Int, in sheet: SheetSpec) -> Bool {
    guard let cell = sheet.cells[CellReference(row: row, column: 0)] else { return false }
    let looks = [ReportFormats.header, ReportFormats.heading, ReportFormats.note]
    return !looks.contains(cell.format) && cell.value != .blank && cell.value != .string("")
  }

  /// The texts and formats of `row` from column 0 to the last column written.
  static func cells(of row: Int, in sheet: SheetSpec) -> [SheetSpec.Cell?] {
    let last = sheet.cells.keys.filter { $0.row == row }.map(\.column).max() ?? 0
    return (0...last).map { sheet.cells[CellReference(row: row, column: $0)] }
  }

  @Test(
    "issue 11: every list is one Excel table without header rows inside its data",
    arguments: ["Anggaran", "Koleksi", "Kualitas Data"])
  func listTables(name: String) throws {
    let sheet = try #require(Self.detailSheets.first { $0.spec.name == name }).spec
    let page = PrintedPage(sheet: sheet)
    let breaks = sheet.printSetup.horizontalPageBreaks
    // The breaks in the file are the ones the layout planned with, at a fixed scale, down to
    // the last printed row.
    let lastPrinted = sheet.printSetup.printArea?.last.row ?? (sheet.rowHeights.keys.max() ?? 0)
    #expect(!breaks.isEmpty)
    #expect(breaks == page.pageStarts(through: lastPrinted, in: sheet))
    #expect(sheet.printSetup.fitToPages == nil)
    #expect(sheet.printSetup.scalePercent == page.scale)
    #expect(!sheet.tables.isEmpty)
    for table in sheet.tables {
      // No row inside a table's data repeats its header.
      let header = Self.cells(of: table.range.first.row, in: sheet)
      for row in (table.range.first.row + 1)...table.range.last.row {
        #expect(Self.cells(of: row, in: sheet) != header, "\(table.name) row \(row)")
      }
    }
    // The regency's lists stay on screen, so no printed page repeats a header.
    #expect(sheet.printSetup.repeatedRows == nil)
  }

  @Test(
    "issue 11: the regency's per-library lists stay on screen, under a printed line saying so",
    arguments: [
      (
        "Anggaran", "BudgetByLibrary",
        "Tidak dicetak: Realisasi Okt 2026 per kategori, per kecamatan (angka grafik di atas) dan"
          + " Per perpustakaan: Kabupaten Ngawi, di bawah ini di layar, sebagai tabel yang dapat"
          + " disaring dan diurutkan."
      ),
      (
        "Koleksi", "CollectionByLibrary",
        "Tidak dicetak: Per perpustakaan: Kabupaten Ngawi, di bawah ini di layar, sebagai tabel"
          + " yang dapat disaring dan diurutkan."
      ),
    ])
  func screenOnlyLists(name: String, tableName: String, text: String) throws {
    let sheet = try #require(Self.detailSheets.first { $0.spec.name == name }).spec
    let area = try #require(sheet.printSetup.printArea)
    let list = try #require(sheet.tables.first { $0.name == tableName })
    #expect(area.first == CellReference(row: 0, column: 0))
    #expect(area.last.column == (sheet.columns.keys.max() ?? 0))
    // The list, last on the sheet, lies under the print area; on Koleksi its heading sits
    // two rows under the last printed row, the list's header under it.
    #expect(list.range.first.row >= area.last.row + 3)
    if name == "Koleksi" { #expect(list.range.first.row == area.last.row + 3) }
    #expect(list.range.last.row - list.range.first.row == 217)
    let line = sheet.cells[CellReference(row: area.last.row, column: 0)]?.value
    #expect(line == .string(text))
    // Nothing printed lies below the print area: every break is inside it.
    #expect(sheet.printSetup.horizontalPageBreaks.allSatisfy { $0 <= area.last.row })
  }

  @Test("issue 11: Anggaran's spending by category per district stays on screen, under the line")
  func screenOnlySpending() throws {
    let sheet = try #require(Self.detailSheets.first { $0.spec.name == "Anggaran" }).spec
    let area = try #require(sheet.printSetup.printArea)
    // A blank row, then the table's heading: the stacked chart on the first page draws it.
    #expect(
      sheet.cells[CellReference(row: area.last.row + 2, column: 0)]?.value
        == .string("Realisasi Okt 2026 per kategori, per kecamatan"))
    let chart = try #require(sheet.charts.first { $0.kind == .bar && $0.series.count > 1 })
    let values = try #require(chart.series.first?.values)
    #expect(values.first.row == area.last.row + 4)
  }

  @Test("issue 11: the chart data of Tren and Indikator's unreported libraries print nowhere")
  func screenOnlyBlocks() throws {
    let trends = try #require(Self.detailSheets.first { $0.spec.name == "Tren" }).spec
    let indicators = IndicatorsSheet.build(Self.ngawi).spec
    for (sheet, text) in [
      (trends, "Tidak dicetak: Data grafik, di bawah ini di layar."),
      (
        indicators,
        "Tidak dicetak: Tidak melapor pada periode ini (tidak dinilai), di bawah ini di layar."
      ),
    ] {
      let area = try #require(sheet.printSetup.printArea, "\(sheet.name)")
      #expect(sheet.cells[CellReference(row: area.last.row, column: 0)]?.value == .string(text))
      // Below the area: a blank row, then the block's heading.
      #expect(sheet.cells[CellReference(row: area.last.row + 2, column: 0)] != nil)
    }
  }

  @Test("issue 11: a paged table is one Excel table; its header is the sheet's print titles")
  func pagedTable() {
    var sheet = ReportSheet(name: "P")
    DetailSheets.setWidths([30, 12], on: &sheet)
    sheet.skipRows(5)
    let columns = [ColumnDefinition("Library"), ColumnDefinition("Count")]
    let rows = (0..<100).map { (index: Int) in [ReportCell.text("L\(index)"), .count(index)] }
    let placement = DetailSheets.addPagedTable(
      columns: columns, rows: rows, headerPoints: 30, tableName: "Paged", on: &sheet)
    DetailSheets.finish(&sheet, context: ReportFixture.context())
    let spec = sheet.spec
    #expect(placement.header.first.row == 5)
    #expect(placement.headerCopies.isEmpty)
    #expect(spec.printSetup.repeatedRows == 5...5)
    #expect(spec.tables.map(\.name) == ["Paged"])
    #expect(spec.tables.first?.range == placement.range)
    // Every row is written once, in order, under the header.
    let written = (6..<106).map { spec.cells[CellReference(row: $0, column: 0)]?.value }
    #expect(written == (0..<100).map { .string("L\($0)") })
    // Each page after the header's holds the repeated 30-point header and fewer rows.
    let page = PrintedPage(sheet: spec)
    let starts = spec.printSetup.horizontalPageBreaks
    #expect(starts.count >= 2)
    for (first, next) in zip(starts, starts.dropFirst()) {
      let rows = (first..<next).reduce(0.0) { $0 + PrintedPage.pixels(ofRow: $1, in: spec) }
      #expect(rows + 40 <= page.pageHeight + 0.001)
    }
  }

  @Test("the breaks, the scale, the table and the print titles come back from the file")
  func detailReadBack() throws {
    let sheets = Self.detailSheets.filter { $0.spec.name == "Anggaran" }
    let spec = try #require(sheets.first).spec
    let document = try Self.readBack(sheets)
    let sheet = try #require(document.sheet(named: "Anggaran"))
    #expect(sheet.printSetup.rowBreaks == spec.printSetup.horizontalPageBreaks)
    #expect(sheet.printSetup.scale == spec.printSetup.scalePercent)
    #expect(!sheet.printSetup.fitsToPage)
    let area = try #require(spec.printSetup.printArea)
    #expect(sheet.printSetup.printTitles == nil)
    #expect(sheet.printSetup.printArea == "Anggaran!$A$1:$M$\(area.last.row + 1)")
    #expect(area.last.column == 12)
    let table = try #require(sheet.tables.first { $0.name == "BudgetByLibrary" })
    #expect(table.hasAutoFilter)
    #expect(table.columnNames.first == "Perpustakaan")
  }
}

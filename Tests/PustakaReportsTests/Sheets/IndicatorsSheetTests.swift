import PustakaCore
import Testing
import XLSXReader
import XLSXWriter

@testable import PustakaReports

@Suite struct IndicatorsSheetTests {
  @Test("issue 11: each indicator has a value and a points column under its number and label")
  func header() throws {
    let context = ReportFixture.context()
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Indikator")
    let layout = IndicatorsLayout(rubric: context.rubric, libraries: context.reporting.count)
    #expect(layout.lastColumn == 3 + 2 * 20)
    for (index, indicator) in context.rubric.indicators.enumerated() {
      // The developer key is on the method sheet only.
      #expect(
        sheet.cell(row: IndicatorsLayout.labelRow, column: layout.valueColumn(index))?.value
          == .string("\(index + 1). \(indicator.label.indonesian)"))
      #expect(
        sheet.cell(row: IndicatorsLayout.captionRow, column: layout.valueColumn(index))?.value
          == .string("\(index + 1) Nilai"))
      #expect(
        sheet.cell(row: IndicatorsLayout.captionRow, column: layout.pointsColumn(index))?.value
          == .string("\(index + 1) Poin"))
      // The weights sit under the points columns only.
      #expect(
        sheet.cell(row: IndicatorsLayout.weightRow, column: layout.pointsColumn(index))?.value
          == .number(indicator.weight))
      #expect(
        sheet.cell(row: IndicatorsLayout.weightRow, column: layout.valueColumn(index))?.value
          == .empty)
    }
    #expect(
      sheet.cell(row: IndicatorsLayout.areaRow, column: layout.valueColumn(0))?.value
        == .string("Pengembangan Perpustakaan"))
    #expect(
      sheet.frozenPane
        == XLSXFrozenPane(
          row: IndicatorsLayout.firstDataRow, column: IndicatorsLayout.libraryColumn + 1))
    // issue 11: the libraries are one Excel table under the captions row, with their ids.
    let table = try #require(sheet.tables.first { $0.name == "IndikatorPerpustakaan" })
    #expect(table.hasAutoFilter)
    #expect(
      Array(table.columnNames.prefix(4)) == ["Peringkat", "Kode", "Perpustakaan", "Kecamatan"])
    #expect(
      sheet.cell(row: IndicatorsLayout.firstDataRow, column: IndicatorsLayout.libraryIDColumn)?
        .value == .string("L1"))
  }

  @Test("values and points are the engine's, libraries in ranking order")
  func valuesAndPoints() throws {
    let context = ReportFixture.context()
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Indikator")
    let layout = IndicatorsLayout(rubric: context.rubric, libraries: context.reporting.count)
    for (index, score) in context.reporting.enumerated() {
      let row = layout.row(ofLibrary: index)
      #expect(
        sheet.cell(row: row, column: IndicatorsLayout.libraryColumn)?.value
          == .string(score.library.name))
      for (position, indicator) in score.indicators.enumerated() {
        let value = try #require(sheet.cell(row: row, column: layout.valueColumn(position)))
        let expected = try #require(indicator.measurement.value)
        // libxlsxwriter writes 16 significant digits: 5.3333 / 100 reads back a hair off.
        guard case .number(let written) = value.value else {
          Issue.record("no value for \(indicator.key.key)")
          continue
        }
        let cell = IndicatorsSheet.cellValue(expected, indicator.key)
        #expect(abs(written - cell) <= 1e-15 * max(1, abs(cell)), "\(indicator.key.key)")
        #expect(
          sheet.cell(row: row, column: layout.pointsColumn(position))?.value
            == .number(Double(indicator.points)))
      }
    }
    let row = layout.row(ofLibrary: 0)
    // Percentages are fractions shown with %, money in rupiah, counts as counts.
    let absorption = try #require(
      context.rubric.indicators.firstIndex { $0.key == .budgetAbsorption })
    #expect(sheet.cell(row: row, column: layout.valueColumn(absorption))?.numberFormat == "0.0%")
    let cost = try #require(context.rubric.indicators.firstIndex { $0.key == .costPerVisit })
    #expect(
      sheet.cell(row: row, column: layout.valueColumn(cost))?.numberFormat == "\"Rp \"#,##0")
    #expect(sheet.cell(row: row, column: layout.valueColumn(0))?.numberFormat == "#,##0")
  }

  @Test("points are coloured by cell-value rules and empty values by a formula rule")
  func conditionalFormats() throws {
    let context = ReportFixture.context()
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Indikator")
    let layout = IndicatorsLayout(rubric: context.rubric, libraries: context.reporting.count)
    let first = IndicatorsLayout.firstDataRow
    let last = layout.row(ofLibrary: context.reporting.count - 1)
    let points = CellRange(
      firstRow: first, firstColumn: layout.pointsColumn(0), lastRow: last,
      lastColumn: layout.pointsColumn(0)
    ).a1
    let values = CellRange(
      firstRow: first, firstColumn: layout.valueColumn(0), lastRow: last,
      lastColumn: layout.valueColumn(0))
    let rules = sheet.conditionalFormats.filter { $0.sqref == points }.flatMap(\.rules)
    #expect(rules.map(\.type) == ["cellIs", "cellIs", "cellIs"])
    let missing = sheet.conditionalFormats.first { $0.sqref == values.a1 }?.rules.first
    #expect(missing?.type == "expression")
    #expect(missing?.formulas == ["ISBLANK(\(values.first.a1))"])
  }

  @Test("missing values are empty with the reason in a comment; carried-forward ones say whence")
  func gaps() throws {
    let context = GappyRegency.context
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Indikator")
    let layout = IndicatorsLayout(rubric: context.rubric, libraries: context.reporting.count)
    let index = try #require(context.reporting.firstIndex { $0.library.id == "L2" })
    let row = layout.row(ofLibrary: index)
    let score = context.reporting[index]
    let hours = try #require(context.rubric.indicators.firstIndex { $0.key == .volunteerHours })
    let hoursCell = CellReference(row: row, column: layout.valueColumn(hours))
    #expect(score.indicator(.volunteerHours)?.measurement.isMissing == true)
    #expect(sheet.cell(row: row, column: hoursCell.column)?.value ?? .empty == .empty)
    #expect(sheet.cell(row: row, column: layout.pointsColumn(hours))?.value == .number(0))
    #expect(
      sheet.comments[hoursCell.a1]
        == "Data tidak ada: tidak ada baris operasional dalam periode. Indikator ini bernilai 0 poin."
    )
    let staff = try #require(context.rubric.indicators.firstIndex { $0.key == .trainedStaff })
    let staffCell = CellReference(row: row, column: layout.valueColumn(staff))
    #expect(score.indicator(.trainedStaff)?.measurement.isCarriedForward == true)
    #expect(sheet.cell(row: row, column: staffCell.column)?.value == .number(2))
    #expect(
      sheet.comments[staffCell.a1] == "Dibawa dari 2026-09 (data terakhir dalam 12 bulan).")
  }

  @Test("a district workbook lists the district's libraries with district and regency means")
  func districtScope() throws {
    let context = ReportFixture.context(language: .english, district: 1)
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Indicators")
    let layout = IndicatorsLayout(rubric: context.rubric, libraries: context.reporting.count)
    let names = (0..<3).map {
      sheet.cell(row: layout.row(ofLibrary: $0), column: IndicatorsLayout.libraryColumn)?.value
    }
    #expect(names[0] == .string("Taman Baca Sejahtera"))
    #expect(names[1] == .string("=HYPERLINK(\"http://x\")"))
    #expect(names[2] != .string("Perpustakaan Sepi"))
    #expect(
      sheet.cell(row: layout.row(ofLibrary: 1), column: IndicatorsLayout.rankColumn)?.value
        == .number(2))
    let regency = try #require(
      CoreWorkbook.cell(
        holding: "Mean points, Ngawi Regency", column: IndicatorsLayout.libraryColumn, in: sheet))
    let expected = try #require(ScoreAverages(context.regencyContext.reporting).points(.titles))
    guard
      case .number(let written) = sheet.cell(row: regency.row, column: layout.pointsColumn(0))?
        .value
    else {
      Issue.record("no mean points")
      return
    }
    #expect(abs(written - expected) < 1e-12)
  }
}

import Foundation
import Testing

@testable import XLSXWriter

@Suite struct ExcelLimitsTests {
  private func workbook(_ sheets: [SheetSpec]) -> WorkbookSpec {
    WorkbookSpec(sheets: sheets, properties: DocumentProperties(created: SampleWorkbook.created))
  }

  @Test(
    "sheet names Excel refuses are named with the reason",
    arguments: [
      ("", "sheet name '' is not allowed: a sheet name cannot be empty"),
      (
        "Perpustakaan Desa Karangtengah Prandon",
        "sheet name 'Perpustakaan Desa Karangtengah Prandon' is not allowed: a sheet name has at "
          + "most 31 characters"
      ),
      ("Q4/2026", "sheet name 'Q4/2026' is not allowed: a sheet name cannot contain '/'"),
      (
        "'quoted'",
        "sheet name ''quoted'' is not allowed: a sheet name cannot start or end with an apostrophe"
      ),
    ])
  func refusesSheetNames(name: String, message: String) {
    #expect {
      try ExcelLimits.validate(workbook([SheetSpec(name: name)]))
    } throws: { error in
      (error as? XLSXError)?.description == message
    }
  }

  @Test("sheet names differing only in case are duplicates")
  func caseInsensitiveDuplicates() {
    #expect(throws: XLSXError.duplicateSheetName(name: "ngawi")) {
      try ExcelLimits.validate(workbook([SheetSpec(name: "Ngawi"), SheetSpec(name: "ngawi")]))
    }
  }

  @Test("text longer than a cell holds is refused with its cell")
  func refusesLongText() {
    var sheet = SheetSpec(name: "Notes")
    sheet.write(.string(String(repeating: "a", count: 32_768)), row: 2, column: 1)
    #expect {
      try ExcelLimits.validate(workbook([sheet]))
    } throws: { error in
      (error as? XLSXError)?.description
        == "sheet 'Notes' cell B3: text of 32768 characters is longer than the 32,767 an Excel "
        + "cell holds"
    }
  }

  @Test("a cell beyond Excel's last row is refused")
  func refusesOutOfRange() {
    var sheet = SheetSpec(name: "Big")
    sheet.write(.number(1), row: 1_048_576, column: 0)
    #expect(throws: XLSXError.cellOutOfRange(sheet: "Big", row: 1_048_576, column: 0)) {
      try ExcelLimits.validate(workbook([sheet]))
    }
  }

  @Test("infinite and NaN numbers are refused")
  func refusesNonFinite() {
    var sheet = SheetSpec(name: "Numbers")
    sheet.write(.number(.nan), row: 0, column: 0)
    #expect(throws: XLSXError.nonFiniteNumber(sheet: "Numbers", cell: "A1")) {
      try ExcelLimits.validate(workbook([sheet]))
    }
  }

  @Test("a chart drawing from a missing sheet is refused")
  func refusesChartOnMissingSheet() {
    var sheet = SheetSpec(name: "Summary")
    sheet.charts = [
      ChartSpec(
        kind: .column, title: "KPI",
        series: [
          ChartSeries(
            name: nil, sheet: "Districts", categories: nil,
            values: CellRange(firstRow: 1, firstColumn: 1, lastRow: 5, lastColumn: 1))
        ], anchor: CellReference(row: 0, column: 0))
    ]
    #expect {
      try ExcelLimits.validate(workbook([sheet]))
    } throws: { error in
      (error as? XLSXError)?.description
        == "sheet 'Summary': chart 'KPI' draws a series from sheet 'Districts', which the "
        + "workbook does not have"
    }
  }

  @Test("tables cannot be written in constant-memory mode")
  func constantMemoryRefusesTables() {
    var sheet = SheetSpec(name: "Data")
    sheet.tables = [
      TableSpec(
        name: "T", range: CellRange(firstRow: 0, firstColumn: 0, lastRow: 2, lastColumn: 0),
        columnHeaders: ["A"])
    ]
    var spec = workbook([sheet])
    spec.options.constantMemory = true
    #expect(throws: XLSXError.unsupportedInConstantMemory(sheet: "Data", feature: "an Excel table"))
    {
      try ExcelLimits.validate(spec)
    }
  }

  @Test("a table name that looks like a cell is refused")
  func refusesCellLikeTableName() {
    var sheet = SheetSpec(name: "Data")
    sheet.tables = [
      TableSpec(
        name: "AB12", range: CellRange(firstRow: 0, firstColumn: 0, lastRow: 2, lastColumn: 0),
        columnHeaders: ["A"])
    ]
    #expect(throws: XLSXError.self) { try ExcelLimits.validate(workbook([sheet])) }
  }
}

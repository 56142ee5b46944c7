import PustakaCore
import Testing
import XLSXReader

@testable import PustakaReports

@Suite struct MethodSheetTests {
  @Test("every indicator of the rubric with its key, formula, thresholds and weight")
  func indicators() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Metodologi")
    for indicator in workbook.context.rubric.indicators {
      let row = try #require(sheet.row(of: indicator.key.key, column: 1))
      #expect(sheet.text(row, 0) == indicator.label.indonesian)
      #expect(sheet.text(row, 2) == indicator.key.formula.indonesian)
      #expect(sheet.number(row, 8) == indicator.weight)
      if case .higher(let thresholds) = indicator.rule {
        #expect((4...7).map { sheet.number(row, $0) } == thresholds.map { Optional($0) })
      }
    }
    let titles = try #require(sheet.row(of: "titles", column: 1))
    #expect(sheet.number(titles, 7) == 1_000)
    #expect(sheet.cell(row: titles, column: 7)?.numberFormat == "#,##0")
    let absorption = try #require(sheet.row(of: "budget_absorption", column: 1))
    #expect(
      sheet.text(absorption, 4)?.hasPrefix("95 s.d. <105: 4 poin; 85 s.d. <95: 3 poin") == true)
    #expect(sheet.mergedRanges.contains("E\(absorption + 1):H\(absorption + 1)"))
  }

  @Test("grades, periods, files with checksums, rubric and version")
  func provenance() throws {
    let workbook = try DetailWorkbook.english.get()
    let sheet = try workbook.sheet("Method")
    let grade = try #require(sheet.row(of: "B"))
    #expect(sheet.text(grade, 1) == "Good")
    #expect(sheet.number(grade, 2) == 60)
    let period = try #require(sheet.row(of: "Reported period"))
    #expect(sheet.text(period, 1) == "2026-10")
    #expect(sheet.text(try #require(sheet.row(of: "Previous period compared")), 1) == "2026-09")
    #expect(
      sheet.text(try #require(sheet.row(of: "Window of budget absorption")), 1)
        == "2026-01 to 2026-10")
    let file = try #require(sheet.row(of: "libraries.csv"))
    #expect(sheet.text(file, 2) == String(repeating: "a", count: 64))
    #expect(sheet.text(try #require(sheet.row(of: "pustaka version")), 1) == "0.1.0")
    #expect(
      sheet.text(try #require(sheet.row(of: "Rubric SHA-256 (YAML)")), 1)
        == String(repeating: "b", count: 64))
    #expect(sheet.text(try #require(sheet.row(of: "Rubric source")), 1) == "built into pustaka")
  }

  @Test("long texts wrap in their columns")
  func wrapping() throws {
    let spec = try DetailWorkbook.regency.get().spec("Metodologi")
    let formulas = spec.cellsInRowOrder.filter {
      $0.reference.column == 2 && $0.cell.value == .string(IndicatorKey.titles.formula.indonesian)
    }
    #expect(formulas.first?.cell.format.wrapsText == true)
    #expect((spec.columns[2]?.width).map { $0 == .fixed(56) } == true)
  }

  @Test("a district's method sheet points to the regency's for the indicators and files")
  func district() throws {
    let sheet = try DetailWorkbook.paron.get().sheet("Method")
    let pointer = sheet.cells.first { cell in
      if case .string(let text) = cell.value { return text.contains("Rekap-Ngawi-2026-10.xlsx") }
      return false
    }
    #expect(pointer != nil)
    #expect(!sheet.cells.contains { $0.value == .string(IndicatorKey.titles.formula.english) })
    #expect(sheet.row(of: "libraries.csv") == nil)
    // What reading the district's own figures needs stays.
    #expect(sheet.text(try #require(sheet.row(of: "pustaka version")), 1) == "0.1.0")
    #expect(sheet.row(of: "Grades") != nil)
  }
}

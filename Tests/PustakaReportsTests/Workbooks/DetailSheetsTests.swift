import Foundation
import PustakaCore
import TestSupport
import Testing
import XLSXReader
import XLSXWriter

@testable import PustakaReports

@Suite struct DetailSheetsTests {
  @Test("the six sheets in order, named in both languages")
  func sheetNames() throws {
    #expect(
      try DetailWorkbook.regency.get().document.sheetNames
        == ["Tren", "Anggaran", "Koleksi", "Kegiatan", "Kualitas Data", "Metodologi"])
    #expect(
      try DetailWorkbook.english.get().document.sheetNames
        == ["Trends", "Budget", "Collection", "Activities", "Data quality", "Method"])
  }

  @Test("a library named like a formula is text wherever it appears")
  func textIsText() throws {
    for workbook in [try DetailWorkbook.regency.get(), try DetailWorkbook.paron.get()] {
      let cells = workbook.document.sheets.flatMap(\.cells).filter {
        $0.value == .string("=HYPERLINK(\"http://x\")")
      }
      // The budget and collection sheets list every library (and a district's activities).
      #expect(cells.count >= 2)
      #expect(cells.allSatisfy { $0.formula == nil })
      #expect(
        workbook.document.sheets.flatMap(\.cells).allSatisfy {
          $0.formula?.contains("HYPERLINK") != true
        })
    }
  }

  @Test("formulas use only SUM and IF and no chart draws from a formula cell")
  func formulasAndCharts() throws {
    for workbook in [try DetailWorkbook.regency.get(), try DetailWorkbook.paron.get()] {
      for sheet in workbook.sheets.map(\.spec) {
        for (_, cell) in sheet.cellsInRowOrder {
          guard case .formula(let formula, _) = cell.value else { continue }
          let functions = formula.split { !$0.isLetter }.filter {
            $0.count > 1 && $0 == $0.uppercased()
          }
          #expect(Set(functions).isSubset(of: ["SUM", "IF"]), "\(sheet.name): \(formula)")
        }
        for chart in sheet.charts {
          #expect(chart.title != nil)
          #expect(chart.size.width >= 640 && chart.size.height >= 240)
          for series in chart.series {
            #expect(series.nameCell != nil)
            for row in series.values.first.row...series.values.last.row {
              let cell = sheet[CellReference(row: row, column: series.values.first.column)]
              if case .formula = cell?.value {
                Issue.record("\(sheet.name) chart '\(chart.title ?? "")' draws from a formula")
              }
            }
          }
        }
      }
    }
  }

  @Test("every sheet prints landscape, one page wide, with the place and period on top")
  func printSetup() throws {
    let workbook = try DetailWorkbook.paron.get()
    for sheet in workbook.document.sheets {
      #expect(sheet.printSetup.orientation == "landscape")
      // One page wide at the fixed scale the layout planned its page breaks with (fitting
      // would make Excel and LibreOffice ignore the breaks).
      let spec = try workbook.spec(sheet.name)
      let page = PrintedPage(sheet: spec)
      #expect(!sheet.printSetup.fitsToPage)
      #expect(sheet.printSetup.scale == page.scale)
      #expect(sheet.printSetup.rowBreaks == spec.printSetup.horizontalPageBreaks)
      #expect(sheet.printSetup.header?.contains("Paron District, Ngawi Regency") == true)
    }
  }

  @Test(
    "LibreOffice's recalculated formulas equal the cached values",
    .enabled(if: LibreOfficeCalc.isAvailable, "needs LibreOffice Calc (make test installs it)"))
  func recalculation() throws {
    let folder = try TemporaryDirectory(prefix: "detail-recalc")
    defer { folder.remove() }
    var urls: [URL] = []
    for (name, context) in [
      ("regency.xlsx", ReportFixture.context()),
      ("paron.xlsx", ReportFixture.context(language: .english, district: 1)),
    ] {
      let url = folder.file(name)
      try WorkbookWriter.write(
        WorkbookAssembler.workbook(
          title: "Rekap", sheets: DetailSheets.build(context), context: context), to: url)
      urls.append(url)
    }
    let copies = try LibreOfficeCalc.recalculate(urls, into: folder.url)
    var formulas = 0
    for (ours, theirs) in zip(urls, copies) {
      let written = try XLSXDocument(contentsOf: ours)
      let recalculated = try XLSXDocument(contentsOf: theirs)
      for sheet in written.sheets {
        let other = try #require(recalculated.sheet(named: sheet.name))
        for cell in sheet.cells where cell.formula != nil {
          formulas += 1
          let value = other.cell(row: cell.row, column: cell.column)?.value
          switch (cell.value, value) {
          case (.number(let cached), .number(let result)):
            #expect(close(cached, result), "\(sheet.name)!\(cell.reference)")
          case (.string(""), .string("")), (.string(""), .empty), (.string(""), nil):
            break
          default:
            Issue.record(
              "\(sheet.name)!\(cell.reference): \(cell.value) became \(String(describing: value))")
          }
        }
      }
    }
    #expect(formulas > 20)
  }
}

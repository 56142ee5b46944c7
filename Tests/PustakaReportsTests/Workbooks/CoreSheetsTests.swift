import Foundation
import PustakaCore
import TestSupport
import Testing
import XLSXReader

@testable import PustakaReports

@Suite struct CoreSheetsTests {
  @Test(
    "the five core sheets in workbook order, named in the workbook's language",
    arguments: [
      (
        ReportLanguage.indonesian,
        ["Ringkasan", "Pembinaan", "Peringkat", "Kecamatan", "Indikator"]
      ),
      (.english, ["Summary", "Support", "Ranking", "Districts", "Indicators"]),
    ])
  func sheetNames(language: ReportLanguage, names: [String]) throws {
    let workbook = try CoreWorkbook(ReportFixture.context(language: language))
    defer { workbook.remove() }
    #expect(workbook.document.sheetNames == names)
    for sheet in workbook.document.sheets {
      #expect(sheet.printSetup.orientation == "landscape", "\(sheet.name)")
      if sheet.name == names[4] {
        // The indicators print several pages across at a fixed scale (PrintedLayoutTests).
        #expect(sheet.printSetup.scale.map { $0 >= 50 } == true, "\(sheet.name)")
      } else {
        #expect(sheet.printSetup.fitToWidth == 1, "\(sheet.name)")
      }
      #expect(sheet.printSetup.footer?.contains("&P") == true, "\(sheet.name)")
    }
  }

  @Test("a district workbook holds the district's libraries only, and the regency for comparison")
  func districtScope() throws {
    let context = ReportFixture.context(language: .english, district: 1)
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let paron = ["Taman Baca Sejahtera", "=HYPERLINK(\"http://x\")", "Perpustakaan Sepi"]
    let others = ["Perpustakaan Cemerlang", "Perpustakaan Cerpin", "Pustaka ../../etc"]
    for sheet in workbook.document.sheets {
      let texts = Set(
        sheet.cells.compactMap { cell -> String? in
          if case .string(let text) = cell.value { return text }
          return nil
        })
      #expect(others.allSatisfy { !texts.contains($0) }, "\(sheet.name) shows another district")
      if sheet.name != "Districts" { #expect(texts.contains(paron[0]), "\(sheet.name)") }
      #expect(texts.contains { $0.contains("Ngawi Regency") }, "\(sheet.name)")
    }
  }
}

/// LibreOffice Calc, a second client, recalculates every formula of the four sheets.
@Suite(.enabled(if: LibreOfficeCalc.isAvailable, "needs LibreOffice Calc (make test installs it)"))
struct CoreSheetsRecalculationTests {
  @Test("every formula's recalculated value equals its cached one, and no cell is an error")
  func recalculation() throws {
    let folder = try TemporaryDirectory(prefix: "core-recalc")
    defer { folder.remove() }
    let workbooks = try [
      CoreWorkbook(ReportFixture.context()),
      CoreWorkbook(ReportFixture.context(language: .english, district: 1)),
    ]
    defer { workbooks.forEach { $0.remove() } }
    var urls: [URL] = []
    for (index, workbook) in workbooks.enumerated() {
      let url = folder.file("core-\(index).xlsx")
      try FileManager.default.copyItem(at: workbook.url, to: url)
      urls.append(url)
    }
    let copies = try LibreOfficeCalc.recalculate(urls, into: folder.url)
    for (workbook, copy) in zip(workbooks, copies) {
      let theirs = try XLSXDocument(contentsOf: copy)
      var formulas = 0
      for ours in workbook.document.sheets {
        let recalculated = try #require(theirs.sheet(named: ours.name))
        for cell in recalculated.cells {
          if case .error(let code) = cell.value {
            Issue.record("\(ours.name)!\(cell.reference) is \(code) after recalculation")
          }
        }
        for cell in ours.cells where cell.formula != nil {
          formulas += 1
          let other = recalculated.cell(row: cell.row, column: cell.column)
          #expect(other?.formula != nil, "\(ours.name)!\(cell.reference) lost its formula")
          switch (cell.value, other?.value) {
          case (.number(let cached), .number(let computed)?):
            // KPIs (within 1e-9) and every other figure.
            #expect(
              abs(cached - computed) <= 1e-9 * max(1, abs(cached)),
              "\(ours.name)!\(cell.reference): cached \(cached), LibreOffice \(computed)")
          default:
            #expect(other?.value == cell.value, "\(ours.name)!\(cell.reference)")
          }
        }
      }
      // The ranking's KPIs and the summary's changes, at least.
      #expect(formulas > workbook.context.reporting.count)
    }
  }
}

import Foundation
import TestSupport
import Testing
import XLSXReader
import XLSXWriter

@testable import PustakaReports

/// Every workbook one regency's run writes, planned, built and written from the small
/// hand-made regency.
@Suite struct ReportPlanTests {
  static func plan(_ language: ReportLanguage = .indonesian) -> ReportPlan {
    ReportPlan(
      input: ReportFixture.input, regencyIndex: 0,
      options: ReportOptions(
        language: language, office: "Dinas Perpustakaan", created: ReportFixture.created),
      includeCards: true)
  }

  /// Writes every planned workbook into `folder` and returns their URLs in plan order.
  static func writeAll(_ plan: ReportPlan, into folder: URL) throws -> [URL] {
    try plan.entries.map { entry in
      let url = folder.appendingPathComponent(entry.path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try WorkbookWriter.write(plan.build(entry), to: url)
      return url
    }
  }

  @Test("file names come from the data made safe: a district named ../../etc stays inside")
  func safePaths() {
    #expect(
      Self.plan().entries.map(\.path) == [
        "Rekap-Ngawi-2026-10.xlsx", "Kecamatan/Ngawi-2026-10.xlsx",
        "Kecamatan/Paron-2026-10.xlsx", "Kecamatan/etc-2026-10.xlsx",
        "Perpustakaan/L1-2026-10.xlsx", "Perpustakaan/L2-2026-10.xlsx",
        "Perpustakaan/L5-2026-10.xlsx", "Perpustakaan/L6-2026-10.xlsx",
        "Perpustakaan/L4-2026-10.xlsx", "Perpustakaan/L3-2026-10.xlsx",
        "Perpustakaan/L7-2026-10.xlsx",
      ])
  }

  @Test("the regency workbook has the eleven sheets in order, in both languages")
  func sheetOrder() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    for (language, names) in [
      (
        ReportLanguage.indonesian,
        [
          "Ringkasan", "Pembinaan", "Peringkat", "Kecamatan", "Indikator", "Tren", "Anggaran",
          "Koleksi", "Kegiatan", "Kualitas Data", "Metodologi",
        ]
      ),
      (
        .english,
        [
          "Summary", "Support", "Ranking", "Districts", "Indicators", "Trends", "Budget",
          "Collection", "Activities", "Data quality", "Method",
        ]
      ),
    ] {
      let plan = Self.plan(language)
      let url = folder.file("rekap-\(language.rawValue).xlsx")
      try WorkbookWriter.write(plan.build(plan.entries[0]), to: url)
      let document = try XLSXDocument(contentsOf: url)
      #expect(document.sheetNames == names)
      #expect(document.customProperties["pustaka_kind"] == "report")
    }
  }

  @Test("the library named like a formula is a string cell wherever it appears")
  func formulaLikeNameStaysText() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let urls = try Self.writeAll(Self.plan(), into: folder.url)
    var found = 0
    for url in urls {
      for sheet in try XLSXDocument(contentsOf: url).sheets {
        for cell in sheet.cells where cell.value == .string("=HYPERLINK(\"http://x\")") {
          #expect(cell.formula == nil)
          found += 1
        }
        // The only HYPERLINK formulas are our own links to the run's report cards.
        for cell in sheet.cells where cell.formula?.contains("HYPERLINK") == true {
          #expect(
            cell.formula?.hasPrefix("HYPERLINK(\"Perpustakaan/") == true
              || cell.formula?.hasPrefix("HYPERLINK(\"../Perpustakaan/") == true)
          #expect(cell.formula?.contains("http") == false)
        }
      }
    }
    #expect(found >= 5)
  }

  @Test("the same inputs and options give byte-identical workbooks")
  func deterministic() throws {
    let first = try TemporaryDirectory()
    let second = try TemporaryDirectory()
    defer {
      first.remove()
      second.remove()
    }
    let urls = try Self.writeAll(Self.plan(), into: first.url)
    let again = try Self.writeAll(Self.plan(), into: second.url)
    #expect(urls.count == 11)
    for (one, other) in zip(urls, again) {
      #expect(try Data(contentsOf: one) == Data(contentsOf: other), "\(one.lastPathComponent)")
    }
  }
}

/// LibreOffice Calc opens every workbook of the run, recalculates it and must agree with us.
@Suite(.enabled(if: LibreOfficeCalc.isAvailable, "needs LibreOffice Calc (make test installs it)"))
struct AllWorkbooksRecalculationTests {
  @Test("every workbook recalculates to its cached values and holds no error value")
  func everyWorkbookRecalculates() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let urls = try ReportPlanTests.writeAll(ReportPlanTests.plan(.english), into: folder.url)
    let flat = try urls.enumerated().map { index, url in
      let copy = folder.url.appendingPathComponent("flat-\(index).xlsx")
      try FileManager.default.copyItem(at: url, to: copy)
      return copy
    }
    let recalculated = try LibreOfficeCalc.recalculate(flat, into: folder.url)
    var formulas = 0
    for (ours, theirs) in zip(flat, recalculated) {
      let written = try XLSXDocument(contentsOf: ours)
      let calculated = try XLSXDocument(contentsOf: theirs)
      for sheet in written.sheets {
        let other = try #require(calculated.sheet(named: sheet.name))
        for cell in sheet.cells {
          let recalculatedCell = other.cell(row: cell.row, column: cell.column)
          if case .error(let code) = recalculatedCell?.value {
            Issue.record("\(ours.lastPathComponent) \(sheet.name)!\(cell.reference): \(code)")
          }
          guard cell.formula != nil else { continue }
          formulas += 1
          switch (cell.value, recalculatedCell?.value) {
          case (.number(let cached), .number(let value)?):
            #expect(
              abs(cached - value) <= 1e-9 * max(1, abs(cached)),
              "\(sheet.name)!\(cell.reference): cached \(cached), LibreOffice \(value)")
          case (let cached, let value):
            #expect(value == cached, "\(sheet.name)!\(cell.reference)")
          }
        }
      }
    }
    #expect(formulas > 20)
  }
}

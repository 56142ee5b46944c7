import PustakaCore
import TestSupport
import Testing
import XLSXReader

@testable import PustakaReports

/// Issue 11.6: the budget figures to check, flagged on the budget list and counted on the
/// data-quality sheet.
@Suite struct PlausibilitySheetTests {
  /// The small regency with L1 spending 1.5 times and L2 a third of what they spend there in
  /// October 2026: 157.5 % and 33.33 % of their allocation (105 % and 100 % before).
  static let workbook = Result {
    let base = SmallRegency.dataSet()
    let october = ReportFixture.period.lastMonth
    let budget = base.budget.map { entry -> BudgetEntry in
      guard entry.month == october else { return entry }
      var changed = entry
      if entry.libraryID == "L1" { changed.spent = Rupiah(units: entry.spent.units * 3 / 2) }
      if entry.libraryID == "L2" { changed.spent = Rupiah(units: entry.spent.units / 3) }
      return changed
    }
    let dataSet = DataSet(
      libraries: base.libraries, budget: budget, collection: base.collection,
      attendance: base.attendance, activities: base.activities, operations: base.operations)
    return try DetailWorkbook(ReportFixture.context(of: dataSet))
  }

  @Test("issue 11.6: the budget list flags absorption above 110 % and below 50 % by library")
  func budgetListFlags() throws {
    let workbook = try Self.workbook.get()
    let sheet = try workbook.sheet("Anggaran")
    let heading = try #require(sheet.row(of: "Per perpustakaan: Kabupaten Ngawi"))
    let header = heading + 1
    let flagColumn = try #require(sheet.column(of: "Perlu dicek", row: header))
    let idColumn = try #require(sheet.column(of: "Kode", row: header))
    let flags = (header + 1...header + 3).map {
      [sheet.text($0, idColumn) ?? "-", sheet.text($0, flagColumn) ?? ""]
    }
    #expect(flags == [["L1", "serapan > 110 %"], ["L2", "serapan < 50 %"], ["L3", ""]])
  }

  @Test("issue 11.6: the data-quality sheet counts the libraries with each flag")
  func flagCounts() throws {
    let workbook = try Self.workbook.get()
    let sheet = try workbook.sheet("Kualitas Data")
    let heading = try #require(sheet.row(of: "Angka yang perlu dicek: Kabupaten Ngawi", column: 3))
    // Beside the summary, from column D: the heading, then the counts.
    #expect(sheet.text(heading, 0) == "Ringkasan: Kabupaten Ngawi")
    let header = heading + 1
    #expect([sheet.text(header, 3), sheet.text(header, 4)] == ["Tanda", "Perpustakaan"])
    let counts = (header + 1...header + 5).map {
      "\(sheet.text($0, 3) ?? "-"): \(sheet.number($0, 4).map { Int($0) } ?? -1)"
    }
    #expect(
      counts == [
        "Serapan periode di atas 110 %: 1", "Serapan periode di bawah 50 %: 1",
        "Serapan sejak Januari tertinggal dari laju: 0",
        "Biaya per kunjungan jauh dari yang lain (Rp): 0",
        "Perputaran koleksi jauh dari yang lain: 0",
      ])
    // Under the summary's nine items: the rules and where to find the libraries.
    let note = try #require(sheet.text(header + 10, 0))
    #expect(note.hasPrefix("Mungkin benar, tetapi perlu dikonfirmasi"))
    #expect(
      note.hasSuffix(
        "Perpustakaan mana saja: kolom \"Perlu dicek\" pada daftar per perpustakaan di"
          + " lembar Anggaran (saring kolom itu)."))
    // No outlier is counted, so their list, which would only say "none", is left out.
    #expect(
      sheet.row(of: "Biaya per kunjungan dan perputaran yang jauh dari yang lain: Kabupaten Ngawi")
        == nil)
  }

  @Test("the unchanged small regency has no absorption flag")
  func none() throws {
    let workbook = try DetailWorkbook.regency.get()
    let budget = try workbook.sheet("Anggaran")
    #expect(!budget.cells.contains { $0.value == .string("serapan > 110 %") })
    #expect(!budget.cells.contains { $0.value == .string("serapan < 50 %") })
  }
}

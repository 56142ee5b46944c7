import PustakaCore
import TestSupport
import Testing
import XLSXReader

@testable import PustakaReports

/// Issue 11.6: the data-quality sheet lists the budget figures to check.
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

  @Test("issue 11.6: absorption above 110 % and below 50 % is listed with its value and limit")
  func absorptionFlags() throws {
    let workbook = try Self.workbook.get()
    let sheet = try workbook.sheet("Kualitas Data")
    let heading = try #require(sheet.row(of: "Angka yang perlu dicek: Kabupaten Ngawi"))
    // The heading, its note, then the table.
    let header = heading + 2
    #expect(
      (0..<6).map { sheet.text(header, $0) }
        == ["Perpustakaan", "Kode", "Kecamatan", "Tanda", "Nilai", "Batas"])
    let absorption = (header + 1..<header + 40).compactMap { row -> [String]? in
      guard let flag = sheet.text(row, 3), flag.hasPrefix("Serapan periode") else { return nil }
      let value = sheet.number(row, 4).map { String(format: "%.4f", $0) } ?? "-"
      let limit = sheet.number(row, 5).map { String(format: "%.2f", $0) } ?? "-"
      return [sheet.text(row, 1) ?? "", flag, value, limit]
    }
    #expect(
      absorption == [
        ["L1", "Serapan periode di atas 110 %", "1.5750", "1.10"],
        ["L2", "Serapan periode di bawah 50 %", "0.3333", "0.50"],
      ])
    let row = try #require(sheet.row(of: "L1", column: 1, after: header))
    #expect(sheet.cell(row: row, column: 4)?.numberFormat == "0.0%")
  }

  @Test("the unchanged small regency has no absorption flag")
  func none() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Kualitas Data")
    #expect(!sheet.cells.contains { $0.value == .string("Serapan periode di atas 110 %") })
    #expect(!sheet.cells.contains { $0.value == .string("Serapan periode di bawah 50 %") })
  }
}

import Testing

@testable import PustakaCore

@Suite struct NameFoldingTests {
  @Test(
    "headers fold to letters and digits",
    arguments: [
      ("Library ID", "libraryid"), ("library-id", "libraryid"), ("LIBRARY_ID", "libraryid"),
      ("Non-Fiksi", "nonfiksi"), ("Desa/Kelurahan", "desakelurahan"), ("Luas (m²)", "luasm2"),
      ("-", ""),
    ])
  func matchKey(text: String, key: String) {
    #expect(NameFolding.matchKey(text) == key)
  }

  @Test("place names group ignoring case and spacing") func placeKey() {
    #expect(NameFolding.placeKey("  NGAWI \t Kota ") == "ngawi kota")
  }

  @Test("enumerated values match their aliases") func enumerations() {
    #expect(FundingSource(matching: "APBDes") == .danaDesa)
    #expect(CollectionCategory(matching: "Non-Fiksi") == .nonfiction)
    #expect(BudgetCategory(matching: "Sarana Prasarana") == .facilities)
    #expect(ActivityType(matching: "Klub Buku") == .bookClub)
    #expect(Accreditation(matching: "b") == .b)
    #expect(BudgetCategory(matching: "buku") == nil)
    #expect(BudgetCategory.expectedList == "collection, operations, programs, facilities or staff")
  }

  @Test("file names select tables by English or Indonesian prefix") func tablePrefixes() {
    #expect(TableName(fileNamePrefix: "attendance-2026-10.csv") == .attendance)
    #expect(TableName(fileNamePrefix: "Kunjungan Oktober.CSV") == .attendance)
    #expect(TableName(fileNamePrefix: "notes.csv") == nil)
  }
}

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

  @Test(
    "issue 13: ASCII names fold on their bytes exactly as the Unicode rules fold them",
    arguments: [
      "  Taman  Baca\tSejahtera ", "NGAWI", "Kota\r\nMadiun", "\u{0B}\u{0C}a b", "", "   ",
      "Karang Taruna  RW 03", "a\u{1F}b", "Pos~Yandu!",
    ])
  func asciiFastPath(text: String) {
    let unicode = NameFolding.collapsedWhiteSpace(text).lowercased()
    #expect(NameFolding.asciiCollapsedLowercase(text) == unicode)
    #expect(NameFolding.partnerKey(text) == unicode)
    #expect(
      NameFolding.placeKey(text)
        == NameFolding.collapsedWhiteSpace(text.precomposedStringWithCompatibilityMapping)
        .lowercased())
  }

  @Test("issue 13: text beyond ASCII takes the Unicode rules")
  func beyondASCII() {
    #expect(NameFolding.asciiCollapsedLowercase("Perpustakaan\u{00A0}Desa") == nil)
    #expect(NameFolding.partnerKey(" Perpustakaan\u{00A0}\u{2003}DESA ") == "perpustakaan desa")
    #expect(NameFolding.placeKey("ＮＧＡＷＩ") == "ngawi")
  }
}

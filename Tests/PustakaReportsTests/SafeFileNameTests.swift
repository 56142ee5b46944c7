import Testing

@testable import PustakaReports

@Suite struct SafeFileNameTests {
  @Test(
    "names from the data become safe file names",
    arguments: [
      ("Ngawi", "Ngawi"),
      ("../../etc", "etc"),
      ("..", "unnamed"),
      ("Ngawi/Kota", "Ngawi_Kota"),
      ("a\\b:c*d?e\"f<g>h|i", "a_b_c_d_e_f_g_h_i"),
      (".hidden", "hidden"),
      ("  Karang   Jati  ", "Karang Jati"),
      ("CON", "_CON"),
      ("nul.txt", "_nul.txt"),
      ("line\nbreak", "line break"),
      ("tab\u{0007}bell", "tab_bell"),
      ("", "unnamed"),
    ])
  func sanitises(name: String, expected: String) {
    #expect(SafeFileName.make(name) == expected)
  }

  @Test("a long name is cut to 80 characters") func cutsLongNames() {
    let name = String(repeating: "Perpustakaan ", count: 20)
    let safe = SafeFileName.make(name)
    #expect(safe.count <= 80)
    #expect(safe.hasPrefix("Perpustakaan Perpustakaan"))
    #expect(!safe.hasSuffix(" "))
  }

  @Test(
    "issue 10.5: a long name fits 255 bytes with every suffix and stays apart from its twin",
    arguments: [
      String(repeating: "Kecamatan Panjang ", count: 17),
      String(repeating: "\u{1F4DA}", count: 60),
    ])
  func fitsEveryFileSystem(name: String) {
    let safe = SafeFileName.make(name)
    #expect(safe.utf8.count <= SafeFileName.maximumBytes)
    let temporary = ".Rekap-\(safe)-99-2025-11..2026-10.xlsx.4194304-ABCDEF12.tmp"
    #expect(temporary.utf8.count <= 255)
    #expect(safe.wholeMatch(of: /.+~[0-9a-f]{8}/) != nil)
    #expect(SafeFileName.make(name + "x") != safe)
    #expect(SafeFileName.make(name) == safe)
  }
}

@Suite struct SheetNamerTests {
  @Test("sheet names are cleaned, cut to 31 characters and made unique ignoring case")
  func namesSheets() {
    var namer = SheetNamer()
    #expect(namer.name(for: "Ringkasan") == "Ringkasan")
    #expect(namer.name(for: "ringkasan") == "ringkasan (2)")
    #expect(namer.name(for: "Q4/2026 [draft]") == "Q4_2026 _draft_")
    #expect(namer.name(for: "'quoted'") == "quoted")
    let long = "Kecamatan Karangtengah Prandon Utara"
    #expect(namer.name(for: long) == "Kecamatan Karangtengah Prandon")
    #expect(namer.name(for: long) == "Kecamatan Karangtengah Pran (2)")
    #expect(namer.name(for: "") == "Sheet")
  }
}

import Foundation
import TestSupport
import Testing
import XLSXReader

/// A run over names that libxlsxwriter could misread: `&` codes in district names and a
/// vertical tab in a library name (issue 10, defects 2 and 3).
@Suite(.serialized) struct DataTextRunTests {
  @Test("issue 10.2 and 10.3: & codes and a vertical tab in names give readable workbooks")
  func ampersandsAndControlCharacters() throws {
    let directory = try RunCommandTests.workspace()
    defer { directory.remove() }
    try RunCommandTests.editLibraries(in: directory) { lines in
      let header = try #require(lines.first)
      let districtColumn = try #require(header.firstIndex(of: "district"))
      let nameColumn = try #require(header.firstIndex(of: "name"))
      #expect(lines.count > 4 && lines.allSatisfy { $0.count == header.count })
      lines[1][districtColumn] = "P&G"
      lines[2][districtColumn] = "&[Picture]"
      lines[3][districtColumn] = "&G"
      lines[4][nameColumn] = "Perpustakaan\u{0B}Desa Mekar"
    }

    let run = try PustakaBinary.run(
      ["run", "--data", "data", "--out", "out", "--quiet"], in: directory.url)
    #expect(run.status == 0, "\(run.standardError)")

    let period = directory.file("out/ngawi/2026-10")
    let workbooks = try RunCommandTests.files(period).keys.filter { $0.hasSuffix(".xlsx") }
    #expect(workbooks.count == 25)
    for workbook in workbooks.sorted() {
      // The reader refuses any part that is not well-formed XML.
      #expect(throws: Never.self, "\(workbook)") {
        _ = try XLSXDocument(contentsOf: period.appendingPathComponent(workbook))
      }
    }
    let district = try XLSXDocument(
      contentsOf: period.appendingPathComponent("Kecamatan/P&G-2026-10.xlsx"))
    #expect(
      district.sheets.first?.printSetup.header
        == "&CKecamatan P&&G, Kabupaten Ngawi · Periode Oktober 2026")
    #expect(district.coreProperties.title?.contains("Kecamatan P&G, Kabupaten Ngawi") == true)
    let regency = try XLSXDocument(
      contentsOf: period.appendingPathComponent("Rekap-Ngawi-2026-10.xlsx"))
    let names = RunCommandTests.texts(of: regency)
    #expect(names.contains("Perpustakaan\u{FFFD}Desa Mekar"))
    #expect(!names.contains { $0.unicodeScalars.contains("\u{0B}") })
  }
}

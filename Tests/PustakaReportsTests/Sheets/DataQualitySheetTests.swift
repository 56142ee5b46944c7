import PustakaCore
import Testing
import XLSXReader

@testable import PustakaReports

@Suite struct DataQualitySheetTests {
  @Test("the summary counts what the lists below hold")
  func summary() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Kualitas Data")
    let header = try #require(sheet.headerRow(under: "Ringkasan: Kabupaten Ngawi"))
    func count(_ item: String) throws -> Double? {
      sheet.number(try #require(sheet.row(of: item, after: header)), 1)
    }
    #expect(try count("Perpustakaan terdaftar") == 7)
    #expect(try count("Perpustakaan tidak melapor") == 1)
    #expect(try count("Baris ditolak (semua berkas)") == 1)
    #expect(try count("Berkas dilewati") == 1)
  }

  @Test("libraries not reporting, and files with their rejected rows and totals")
  func lists() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Kualitas Data")
    let silent = try #require(
      sheet.headerRow(under: "Perpustakaan yang tidak melapor: Kabupaten Ngawi"))
    // The heading, then the table.
    #expect(sheet.text(silent + 1, 0) == "Perpustakaan Sepi")
    #expect(sheet.text(silent + 1, 1) == "L7")
    let files = try #require(sheet.row(of: "libraries.csv"))
    #expect(sheet.number(files, 3) == 8)
    #expect(sheet.number(files, 5) == 1)
    let total = files + 1
    #expect(sheet.text(total, 0) == "Jumlah")
    // One file: the sum runs over one cell.
    #expect(sheet.cell(row: total, column: 5)?.formula == "SUM(F\(files + 1))")
    #expect(sheet.number(total, 5) == 1)
    #expect(sheet.row(of: "reports/ngawi/2026-09/Rekap-Ngawi-2026-09.xlsx") != nil)
    #expect(sheet.cells.contains { $0.value == .string(DataQualityLabels.indonesian.filesNote) })
  }

  @Test("missing and carried-forward values come from the engine's measurements")
  func indicators() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Kualitas Data")
    let missing = workbook.context.reporting.flatMap { score in
      score.missingIndicators.map { (score.library.name, $0) }
    }
    let heading = "Indikator kosong per perpustakaan: Kabupaten Ngawi"
    if let (name, indicator) = missing.first {
      let header = try #require(sheet.headerRow(under: heading))
      let row = try #require(sheet.row(of: name, after: header))
      #expect(sheet.text(row, 2) == indicator.key.key)
      #expect(sheet.text(row, 4) == indicator.measurement.missingReason?.text.indonesian)
    } else {
      // The summary counts 0, and the empty list is left out.
      #expect(sheet.row(of: heading) == nil)
    }
  }

  @Test("a district lists only its own libraries, and points to the regency's for the files")
  func district() throws {
    let workbook = try DetailWorkbook.paron.get()
    let sheet = try workbook.sheet("Data quality")
    let names = Set(workbook.context.scores.map(\.library.name))
    let others = ["Perpustakaan Cemerlang", "Perpustakaan Cerpin", "Pustaka ../../etc"]
    #expect(others.allSatisfy { !names.contains($0) })
    #expect(others.allSatisfy { sheet.row(of: $0) == nil })
    #expect(sheet.row(of: "Perpustakaan Sepi") != nil)
    // The files and warnings concern the whole run: the regency workbook lists them.
    #expect(sheet.row(of: "libraries.csv") == nil)
    #expect(
      sheet.cells.contains { cell in
        if case .string(let text) = cell.value { return text.contains("Rekap-Ngawi-2026-10.xlsx") }
        return false
      })
  }
}

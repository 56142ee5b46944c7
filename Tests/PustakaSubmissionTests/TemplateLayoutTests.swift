import Foundation
import PustakaCore
import PustakaReports
import TestSupport
import Testing
import XLSXReader
import XLSXWriter

/// Issue 12.3: what a manager sees in a template, read back from the written file: the sheets
/// in order, one attendance row per day, the budget lines of the last 12 months, locked
/// identity cells and headers, editable entry cells, validations with their messages, frozen
/// headers and the identity in the custom properties.
@Suite("Template layout")
struct TemplateLayoutTests {
  static let month = SmallRegency.lastMonth.next

  static func written(
    _ library: String?, language: ReportLanguage, in folder: TemporaryDirectory
  ) throws -> (XLSXDocument, SubmissionTemplate) {
    let data = SmallRegency.dataSet()
    let history = TemplateHistory(data: data, month: month)
    let template = SubmissionTemplate(
      library: library.flatMap { data.library(LibraryID($0)) }, history: history,
      language: language)
    let url = folder.file(template.fileName)
    try WorkbookWriter.write(template.spec, to: url)
    return (try XLSXDocument(contentsOf: url), template)
  }

  @Test("an Indonesian template: sheets, rows, locks, validations and identity")
  func indonesian() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let (document, template) = try Self.written("L1", language: .indonesian, in: folder)
    #expect(template.fileName == "L1-2026-11.xlsx")
    #expect(
      document.sheetNames == [
        "Petunjuk", "kunjungan", "kegiatan", "anggaran", "koleksi", "operasional",
      ])
    #expect(
      document.customProperties == [
        "pustaka_kind": "submission", "pustaka_library_id": "L1", "pustaka_month": "2026-11",
        "pustaka_language": "id",
      ])
    let instructions = try #require(document.sheet(named: "Petunjuk"))
    #expect(instructions.cell("B3")?.value == .string("L1"))
    #expect(instructions.cell("B4")?.value == .string("Perpustakaan Cemerlang"))
    #expect(instructions.cell("B8")?.value == .string("November 2026"))
    #expect(instructions.isProtected)

    let attendance = try #require(document.sheet(named: "kunjungan"))
    #expect(attendance.isProtected)
    #expect(attendance.frozenPane?.row == 1)
    let headers = (0..<7).map { attendance.cell(row: 0, column: $0)?.value }
    #expect(
      headers
        == [
          "Kode", "Tanggal", "Pengunjung", "Pengunjung anak", "Peminjaman", "Anggota baru", "Buka",
        ].map(XLSXValue.string))
    // One row per day of November: 30 rows, the last on row 31.
    #expect(attendance.cell("A31")?.value == .string("L1"))
    #expect(attendance.cell("B31")?.isDateFormatted == true)
    #expect(attendance.cell("A32") == nil)
    #expect(attendance.cell("A1")?.isLocked == true)
    #expect(attendance.cell("A2")?.isLocked == true)
    #expect(attendance.cell("B2")?.isLocked == true)
    #expect(attendance.cell("C2")?.isLocked == false)
    #expect(attendance.cell("G31")?.isLocked == false)
    let rules = Dictionary(
      attendance.dataValidations.map { ($0.sqref, $0) }, uniquingKeysWith: { first, _ in first })
    let visitors = try #require(rules["C2:C231"])
    #expect(visitors.type == "whole" && visitors.operator == "between")
    #expect(visitors.formula1 == "0" && visitors.formula2 == "1000000000")
    #expect(visitors.prompt == "Bilangan bulat 0 atau lebih. Kosongkan bila tidak ada.")
    let children = try #require(rules["D2:D231"])
    #expect(children.type == "custom")
    #expect(children.formula1 == "AND(INT(D2)=D2,D2>=0,D2<=C2)")
    #expect(rules["G2:G231"]?.formula1 == "\"Ya,Tidak\"")
    // Added rows below the 30 days are checked too: their date must fall in November.
    let dates = try #require(rules["B32:B231"])
    #expect(dates.type == "date" && dates.error == "Isi tanggal yang jatuh di bulan November 2026.")

    let budget = try #require(document.sheet(named: "anggaran"))
    let lines = (1...6).map { row in
      [2, 3].map { budget.cell(row: row, column: $0)?.value }
    }
    // L1 budgeted three categories from Dana Desa and staff from the APBD in the last 12
    // months.
    #expect(
      lines == [
        [.string("Koleksi"), .string("Dana Desa")], [.string("Operasional"), .string("Dana Desa")],
        [.string("Kegiatan"), .string("Dana Desa")], [.string("Honor"), .string("APBD")],
        [nil, nil], [nil, nil],
      ])
    let collection = try #require(document.sheet(named: "koleksi"))
    #expect(collection.cell("C7")?.value == .string("Lainnya"))
    // SmallRegency's L1 held 3,000 fiction titles in 4,500 copies at the end of October.
    #expect(collection.comments["C2"] == "Akhir bulan lalu: 3.000 judul, 4.500 eksemplar")
    #expect(collection.comments["C7"] == nil)
    #expect(
      collection.dataValidations.first { $0.sqref == "E2:E207" }?.formula1
        == "AND(INT(E2)=E2,E2>=D2,E2<=1000000000)")
    let activities = try #require(document.sheet(named: "kegiatan"))
    #expect(activities.cell("A16")?.value == .string("L1"))
    #expect(activities.cell("A17") == nil)
    #expect(activities.cell("B2")?.isLocked == false)
  }

  @Test("an English blank template starts with a libraries sheet its other sheets refer to")
  func blankEnglish() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let (document, template) = try Self.written(nil, language: .english, in: folder)
    #expect(template.fileName == "new-2026-11.xlsx")
    #expect(
      document.sheetNames == [
        "Instructions", "libraries", "attendance", "activities", "budget", "collection",
        "operations",
      ])
    #expect(document.customProperties["pustaka_library_id"] == "")
    let libraries = try #require(document.sheet(named: "libraries"))
    #expect(libraries.cell("A2")?.isLocked == false)
    #expect(libraries.cell("A1")?.value == .string("Library ID"))
    let attendance = try #require(document.sheet(named: "attendance"))
    #expect(attendance.cell("A2")?.formula == "IF('libraries'!$A$2=\"\",\"\",'libraries'!$A$2)")
    #expect(attendance.cell("A2")?.isLocked == true)
    let budget = try #require(document.sheet(named: "budget"))
    // No history: one line per category, from Dana Desa.
    #expect(budget.cell("C6")?.value == .string("Staff"))
    #expect(budget.cell("D2")?.value == .string("Dana Desa"))
  }
}

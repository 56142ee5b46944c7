import Foundation
import PustakaCore
import PustakaIngest
import PustakaReports
import TestSupport
import Testing
import XLSXReader
import XLSXWriter

/// Issue 12.3 `--blank`: a new library fills in its register row, and every other sheet takes
/// the library id from there once the spreadsheet recalculates.
@Suite("Blank templates")
struct BlankTemplateTests {
  static let month = SmallRegency.lastMonth.next

  /// A blank template with the register row and two days filled in.
  static func filled() throws -> FilledTemplate {
    let template = SubmissionTemplate(
      library: nil, history: TemplateHistory(data: DataSet(), month: month),
      language: .indonesian)
    var form = FilledTemplate(template)
    try form.fill(
      "perpustakaan", .libraries, row: 1,
      [
        "library_id": .string("L9"), "name": .string("Taman Baca Baru"),
        "village": .string("Kedunggalar"), "village_type": .string("Desa"),
        "district": .string("Kedunggalar"), "regency": .string("Ngawi"),
        "population": .number(4_200),
      ])
    try form.fill("kunjungan", .attendance, row: 1, ["visitors": .number(8)])
    try form.fill("kunjungan", .attendance, row: 2, ["visitors": .number(11), "loans": .number(3)])
    return form
  }

  static let expectedAttendance = [
    AttendanceDay(libraryID: LibraryID("L9"), date: day(2026, 11, 1), visitors: 8),
    AttendanceDay(libraryID: LibraryID("L9"), date: day(2026, 11, 2), visitors: 11, loans: 3),
  ]

  @Test(
    "a blank template filled in and recalculated by LibreOffice registers the library",
    .enabled(if: LibreOfficeCalc.isAvailable, "LibreOffice (soffice) is not installed"))
  func recalculated() throws {
    let work = try TemporaryDirectory()
    defer { work.remove() }
    let folder = try Self.filled().resavedByLibreOffice(in: work.url)
    let result = try DataSetLoader().load(from: folder)
    #expect(result.diagnostics.map(\.formatted) == [])
    #expect(result.dataSet.libraries.map(\.id) == [LibraryID("L9")])
    #expect(result.dataSet.libraries.first?.name == "Taman Baca Baru")
    #expect(result.dataSet.attendance == Self.expectedAttendance)
  }

  @Test("a blank template returned unchanged reads no row and rejects none")
  func unchanged() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let template = SubmissionTemplate(
      library: nil, history: TemplateHistory(data: DataSet(), month: Self.month),
      language: .english)
    try WorkbookWriter.write(template.spec, to: folder.file(template.fileName))
    let result = try DataSetLoader().load(from: folder.url)
    #expect(result.diagnostics.map(\.formatted) == [])
    #expect(result.tables.map(\.rowsRead) == [0, 0, 0, 0, 0, 0])
  }
}

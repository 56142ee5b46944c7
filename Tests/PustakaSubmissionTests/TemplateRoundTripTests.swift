import Foundation
import PustakaCore
import PustakaIngest
import PustakaReports
import TestSupport
import Testing
import XLSXReader
import XLSXWriter

/// Issue 12.3-12.4: a template written, filled in as a person would, returned and loaded
/// gives exactly the rows that were filled in; rows left as the template wrote them are
/// neither read nor rejected.
@Suite("Templates filled in and returned")
struct TemplateRoundTripTests {
  static let month = SmallRegency.lastMonth.next
  static let data = SmallRegency.dataSet()
  static let library = LibraryID("L1")

  /// The Indonesian template of L1 for 2026-11, filled in.
  static func filled() throws -> (FilledTemplate, expected: DataSet) {
    let history = TemplateHistory(data: data, month: month)
    let template = SubmissionTemplate(
      library: try #require(data.library(library)), history: history, language: .indonesian)
    var form = FilledTemplate(template)
    let l1 = library
    // Attendance: days 2, 3 and 5 filled in, day 4 closed, the other days left empty.
    try form.fill(
      "kunjungan", .attendance, row: 2,
      [
        "visitors": .number(12), "child_visitors": .number(5), "loans": .number(7),
        "new_members": .number(1),
      ])
    try form.fill("kunjungan", .attendance, row: 3, ["visitors": .number(9)])
    try form.fill(
      "kunjungan", .attendance, row: 4, ["visitors": .number(0), "open": .string("Tidak")])
    try form.fill(
      "kunjungan", .attendance, row: 5,
      ["visitors": .string("15"), "loans": .number(4), "open": .string("Ya")])
    // Activities: rows 1 and 3 filled, row 2 left empty, one row added below the template's.
    try form.fill(
      "kegiatan", .activities, row: 1,
      [
        "date": .date(year: 2026, month: 11, day: 7), "type": .string("Mendongeng"),
        "title": .string("Dongeng Sabtu"), "participants": .number(18), "hours": .number(1.5),
      ])
    try form.fill(
      "kegiatan", .activities, row: 3,
      [
        "date": .date(year: 2026, month: 11, day: 21), "type": .string("Klub buku"),
        "participants": .number(6),
      ])
    let added = SubmissionTemplate.activityRows + 3
    try form.fill(
      "kegiatan", .activities, row: added,
      [
        "library_id": .string("L1"), "date": .string("28/11/2026"),
        "type": .string("Pelatihan literasi"), "participants": .number(25), "hours": .number(3),
        "partner": .string("PKK Watualang"),
      ])
    // Budget: the first line filled with a fractional amount, the rest left empty, and a
    // line added below for a source the library had not used.
    let lines = history.budgetLines(of: l1)
    try form.fill(
      "anggaran", .budget, row: 1,
      ["allocated_idr": .number(1_500_000), "spent_idr": .number(1_250_000.5)])
    try form.fill(
      "anggaran", .budget, row: lines.count + 1,
      [
        "library_id": .string("L1"), "month": .date(year: 2026, month: 11, day: 1),
        "category": .string("Sarana prasarana"), "source": .string("APBD"),
        "allocated_idr": .number(2_000_000), "spent_idr": .number(0),
      ])
    // Collection: fiction and children filled; operations: the one row.
    try form.fill(
      "koleksi", .collection, row: 1,
      [
        "titles": .number(1_210), "copies": .number(1_800), "acquired_copies": .number(12),
      ])
    try form.fill(
      "koleksi", .collection, row: 3, ["titles": .number(300), "copies": .number(450)])
    try form.fill(
      "operasional", .operations, row: 1,
      [
        "paid_staff": .number(1), "volunteers": .number(3), "volunteer_hours": .number(22.5),
        "trained_staff": .number(2), "registered_members": .number(140),
      ])
    let first = try #require(lines.first)
    let expected = DataSet(
      budget: [
        BudgetEntry(
          libraryID: l1, month: month, category: first.category, source: first.source,
          allocated: Rupiah(1_500_000), spent: Rupiah(units: 12_500_005_000)),
        BudgetEntry(
          libraryID: l1, month: month, category: .facilities, source: .apbd,
          allocated: Rupiah(2_000_000), spent: Rupiah(0)),
      ],
      collection: [
        CollectionStock(
          libraryID: l1, month: month, category: .fiction, titles: 1_210, copies: 1_800,
          acquiredCopies: 12),
        CollectionStock(
          libraryID: l1, month: month, category: .children, titles: 300, copies: 450),
      ],
      attendance: [
        AttendanceDay(
          libraryID: l1, date: day(2026, 11, 2), visitors: 12, childVisitors: 5, loans: 7,
          newMembers: 1),
        AttendanceDay(libraryID: l1, date: day(2026, 11, 3), visitors: 9),
        AttendanceDay(libraryID: l1, date: day(2026, 11, 4), visitors: 0, isOpen: false),
        AttendanceDay(libraryID: l1, date: day(2026, 11, 5), visitors: 15, loans: 4),
      ],
      activities: [
        Activity(
          libraryID: l1, date: day(2026, 11, 7), type: .storytelling, title: "Dongeng Sabtu",
          participants: 18, hours: 1.5),
        Activity(libraryID: l1, date: day(2026, 11, 21), type: .bookClub, participants: 6),
        Activity(
          libraryID: l1, date: day(2026, 11, 28), type: .literacyTraining, participants: 25,
          hours: 3, partner: "PKK Watualang"),
      ],
      operations: [
        OperationsSnapshot(
          libraryID: l1, month: month, paidStaff: 1, volunteers: 3, volunteerHours: 22.5,
          trainedStaff: 2, registeredMembers: 140)
      ])
    return (form, expected)
  }

  /// Loads `folder` and checks the month's rows against `expected`, with nothing rejected.
  static func expectLoaded(_ folder: URL, equal expected: DataSet) throws {
    let result = try DataSetLoader().load(from: folder)
    #expect(result.rejectedRows.isEmpty, "\(result.diagnostics.map(\.formatted))")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
    let loaded = result.dataSet
    #expect(loaded.attendance == expected.attendance)
    #expect(loaded.activities == expected.activities)
    #expect(loaded.budget == expected.budget)
    #expect(loaded.collection == expected.collection)
    #expect(loaded.operations == expected.operations)
    #expect(loaded.libraries.map(\.id) == data.libraries.map(\.id))
  }

  @Test("a filled template loads as exactly the rows filled in, empty template rows skipped")
  func filledTemplateLoads() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    try writeRegister(Self.data, into: folder.url)
    let (form, expected) = try Self.filled()
    _ = try form.write(into: folder.url)
    try Self.expectLoaded(folder.url, equal: expected)
    let summary = try DataSetLoader().load(from: folder.url).tables
    let attendance = try #require(summary.first { $0.table == .attendance })
    // 30 day rows written; the 26 left empty are not read.
    #expect(attendance.rowsRead == 4 && attendance.accepted == 4 && attendance.rejected == 0)
  }

  @Test(
    "a filled template re-saved by LibreOffice loads the same rows",
    .enabled(if: LibreOfficeCalc.isAvailable, "LibreOffice (soffice) is not installed"))
  func reSavedByLibreOffice() throws {
    let work = try TemporaryDirectory()
    defer { work.remove() }
    let (form, expected) = try Self.filled()
    let folder = try form.resavedByLibreOffice(in: work.url)
    try writeRegister(Self.data, into: folder)
    try Self.expectLoaded(folder, equal: expected)
  }

  @Test("rows of another library, another month, or with text in a number cell are reported")
  func mismatches() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    try writeRegister(Self.data, into: folder.url)
    var (form, _) = try Self.filled()
    try form.fill(
      "kunjungan", .attendance, row: 10, ["library_id": .string("L2"), "visitors": .number(3)])
    try form.fill(
      "kunjungan", .attendance, row: 11, ["visitors": .string("dua belas")])
    try form.fill(
      "kegiatan", .activities, row: 2,
      [
        "date": .date(year: 2026, month: 10, day: 30), "type": .string("Sosialisasi"),
        "participants": .number(10),
      ])
    _ = try form.write(into: folder.url)
    let result = try DataSetLoader().load(from: folder.url)
    let found = result.diagnostics.filter { $0.severity == .error }.map(\.formatted).sorted()
    let file = "L1-2026-11.xlsx"
    #expect(
      found == [
        "\(file)[kegiatan]:3:2: error: date \"2026-10-30\" falls in 2026-10, not in 2026-11, "
          + "the month this template was written for",
        "\(file)[kunjungan]:11:1: error: library_id \"L2\" is not L1, the library this "
          + "template was written for",
        "\(file)[kunjungan]:12:3: error: visitors \"dua belas\" is not a whole number",
      ])
    #expect(result.rejectedRows.count == 3)
  }
}

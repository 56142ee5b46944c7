import Foundation
import PustakaCore
import PustakaReports
import TestSupport
import Testing
import XLSXWriter

/// Issue 12.5: the office's inbox, a folder with the register (`libraries.csv`) and one
/// sub-folder per month of returned workbooks, is validated with feedback notes and run as
/// it is.
@Suite("The inbox of returned templates")
struct InboxTests {
  static let month = SmallRegency.lastMonth.next

  /// The register as the office keeps it, a CSV file.
  static func registerCSV() -> String {
    var lines = ["library_id,name,village,district,regency,population"]
    for library in SmallRegency.dataSet().libraries {
      let name = "\"" + library.name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      lines.append(
        [
          library.id.rawValue, name, library.village, library.district, library.regency,
          String(library.population),
        ].joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// An inbox holding L1's filled template, L2's English template with two mistakes and
  /// L3's template returned as it was sent.
  static func inbox(in folder: TemporaryDirectory, withMistakes: Bool) throws -> URL {
    let inbox = folder.url.appendingPathComponent("inbox", isDirectory: true)
    let monthFolder = inbox.appendingPathComponent("2026-11", isDirectory: true)
    try FileManager.default.createDirectory(at: monthFolder, withIntermediateDirectories: true)
    try Data(registerCSV().utf8).write(to: inbox.appendingPathComponent("libraries.csv"))
    _ = try TemplateRoundTripTests.filled().0.write(into: monthFolder)
    let data = SmallRegency.dataSet()
    let history = TemplateHistory(data: data, month: month)
    if withMistakes {
      var l2 = FilledTemplate(
        SubmissionTemplate(
          library: try #require(data.library(LibraryID("L2"))), history: history,
          language: .english))
      try l2.fill("attendance", .attendance, row: 3, ["visitors": .string("twelve")])
      try l2.fill(
        "activities", .activities, row: 1,
        [
          "date": .date(year: 2026, month: 12, day: 1), "type": .string("Talk"),
          "participants": .number(9),
        ])
      _ = try l2.write(into: monthFolder)
    }
    let l3 = SubmissionTemplate(
      library: try #require(data.library(LibraryID("L3"))), history: history,
      language: .indonesian)
    try WorkbookWriter.write(l3.spec, to: monthFolder.appendingPathComponent(l3.fileName))
    return inbox
  }

  @Test("validate --feedback writes one note, in the template's language, per file with problems")
  func feedback() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let inbox = try Self.inbox(in: folder, withMistakes: true)
    let notes = folder.url.appendingPathComponent("notes", isDirectory: true)
    // A note left from an earlier check of L1, corrected since, is removed.
    try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
    try Data("old".utf8).write(to: notes.appendingPathComponent("2026-11_L1-2026-11.txt"))
    let outcome = try PustakaBinary.run(
      ["validate", "--data", inbox.path, "--feedback", notes.path], in: folder.url)
    #expect(outcome.status == 65)
    #expect(outcome.standardError.contains("wrote 1 feedback note to '\(notes.path)'"))
    let names = try FileManager.default.contentsOfDirectory(atPath: notes.path)
    #expect(names == ["2026-11_L2-2026-11.txt"])
    let note = try String(
      contentsOf: notes.appendingPathComponent("2026-11_L2-2026-11.txt"), encoding: .utf8)
    #expect(
      note == """
        Check of the library's report

        File: 2026-11/L2-2026-11.xlsx
        Library: Perpustakaan Cerpin (L2), Ngawi, Ngawi
        Month: November 2026

        2 things need correcting. Rows with a mistake are not counted yet. Correct them in the \
        same file, save it and send it to the library office again.

        To correct:
        1. Sheet attendance, row 4, column C (Visitors): "twelve" is not a whole number. Type \
        digits only, such as 12.
        2. Sheet activities, row 2, column B (Date): The date "2026-12-01" is outside this \
        report's month. Enter a date in November 2026; send another month's figures in that \
        month's file.

        """)
  }

  @Test("run reads the register and the month's returned workbooks as they are")
  func run() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let inbox = try Self.inbox(in: folder, withMistakes: false)
    let reports = folder.url.appendingPathComponent("reports", isDirectory: true)
    let outcome = try PustakaBinary.run(
      [
        "run", "--data", inbox.path, "--out", reports.path, "--period", "2026-11",
        "--no-library-cards",
      ], in: folder.url)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let scores = try String(
      contentsOf: reports.appendingPathComponent("ngawi/2026-11/scores.csv"), encoding: .utf8)
    // Only L1 filled in its template; L3 returned its own unchanged and reports nothing.
    let reporting = scores.split(separator: "\n").dropFirst().compactMap { line in
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      return fields.count > 5 && fields[5] == "true" ? String(fields[0]) : nil
    }
    #expect(reporting == ["L1"])
  }
}

import Foundation
import PustakaCore
import Testing
import ZIPFoundation

@testable import PustakaIngest

/// Files that cannot be read at all, and files that are read but empty.
@Suite struct FileErrorTests {
  let libraries = RowErrorTests.libraries

  func load(_ name: String, bytes: [UInt8]) throws -> IngestResult {
    let folder = try DataFolder()
    defer { folder.remove() }
    try folder.write("libraries.csv", libraries)
    try folder.write(name, bytes: bytes)
    return try folder.load()
  }

  @Test("a file that is not UTF-8 is an error naming it; the other files are used")
  func notUTF8() throws {
    let latin1: [UInt8] =
      Array("library_id,date,visitors\nNGW-01,2026-10-01,5\nNGW-01,".utf8)
      + [0x4A, 0xE9, 0x0A]
    let result = try load("attendance.csv", bytes: latin1)
    #expect(
      result.formattedDiagnostics == [
        "attendance.csv:3: error: 'attendance.csv' is not UTF-8 text (first bad byte at line 3, "
          + "column 9); in Excel use File > Save As > CSV UTF-8"
      ])
    #expect(result.unreadableFiles == ["attendance.csv"])
    #expect(result.dataSet.attendance.isEmpty)
    #expect(result.dataSet.libraries.count == 2)
    #expect(!result.dataSet.provides(.attendance))
  }

  @Test("an empty file is an error")
  func emptyFile() throws {
    let result = try load("budget.csv", bytes: [])
    #expect(result.formattedDiagnostics == ["budget.csv: error: the file is empty (0 bytes)"])
    #expect(result.unreadableFiles == ["budget.csv"])
  }

  @Test("a header-only file is an empty table, without a diagnostic")
  func headerOnly() throws {
    let result = try load(
      "budget.csv", bytes: Array("library_id,month,category,allocated_idr,spent_idr\r\n".utf8))
    #expect(result.formattedDiagnostics == [])
    #expect(result.dataSet.provides(.budget))
    #expect(!result.dataSet.provides(.collection))
    #expect(result.summary(.budget)?.files == 1)
    #expect(result.summary(.budget)?.rowsRead == 0)
  }

  @Test("a binary file named .csv is an error")
  func binaryFile() throws {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
    let result = try load("attendance.csv", bytes: png)
    #expect(result.formattedDiagnostics.count == 1)
    #expect(result.diagnostics.first?.code == "file.notUTF8")
    let nul = try load("collection.csv", bytes: Array("library_id\0month\n".utf8))
    #expect(
      nul.formattedDiagnostics == [
        "collection.csv:1: error: the file is binary (it holds NUL bytes), not CSV text"
      ])
  }

  @Test("a UTF-16 file is an error telling how to save it")
  func utf16File() throws {
    let result = try load("budget.csv", bytes: [0xFF, 0xFE, 0x6C, 0x00])
    #expect(
      result.formattedDiagnostics == [
        "budget.csv: error: 'budget.csv' is UTF-16 text, not UTF-8; in Excel use File > Save As "
          + "> CSV UTF-8"
      ])
  }

  @Test("a file of blank lines only has no header")
  func blankLinesOnly() throws {
    let result = try load("budget.csv", bytes: Array("\n ; ;\r\n\n".utf8))
    #expect(
      result.formattedDiagnostics == [
        "budget.csv: error: the file has only blank lines; expected a header line"
      ])
  }

  @Test("a broken workbook is an error naming it")
  func brokenWorkbook() throws {
    let result = try load("Oktober.xlsx", bytes: Array("not a zip".utf8))
    #expect(result.unreadableFiles == ["Oktober.xlsx"])
    #expect(result.diagnostics.first?.message.hasPrefix("the workbook cannot be read") == true)
  }

  @Test("issue 10.7: a workbook streamed part way before it fails leaves no rows behind")
  func workbookFailingPartWay() throws {
    var builder = WorkbookBuilder()
    builder.sheets = [
      (
        "attendance",
        [
          [.text("library_id"), .text("date"), .text("visitors")],
          [.text("NGW-01"), .date(46296), .number(5)],
        ]
      ),
      ("budget", [[.text("library_id"), .text("month")]]),
    ]
    let folder = try DataFolder()
    defer { folder.remove() }
    try folder.write("libraries.csv", libraries)
    let url = folder.directory.file("Oktober.xlsx")
    try builder.write(to: url)
    #expect(try folder.load().dataSet.attendance.count == 1)

    let archive = try Archive(url: url, accessMode: .update)
    try archive.remove(try #require(archive["xl/worksheets/sheet2.xml"]))
    let result = try folder.load()
    #expect(result.unreadableFiles == ["Oktober.xlsx"])
    #expect(result.dataSet.attendance.isEmpty)
    #expect(result.tables.allSatisfy { $0.table != .attendance || $0.rowsRead == 0 })
    let message = try #require(result.diagnostics.first { $0.code == "file.unreadable" }?.message)
    #expect(message.hasPrefix("the workbook cannot be read: "))
    #expect(
      message.hasSuffix(
        "part 'xl/worksheets/sheet2.xml' is missing; save it again from Excel as .xlsx"))
  }

  @Test("no libraries table at all is visible to the caller")
  func noLibraries() throws {
    let result = try DataFolder.load(["budget.csv": "library_id,month\n"])
    #expect(!result.hasLibrariesTable)
  }
}

/// Which files are read, in which order, and which are skipped.
@Suite struct FileDiscoveryTests {
  @Test("hidden, lock and unrelated files and reports are skipped, each listed with its reason")
  func skipping() throws {
    let folder = try DataFolder()
    defer { folder.remove() }
    try folder.write("libraries.csv", RowErrorTests.libraries)
    try folder.write(".hidden/attendance.csv", "garbage\0")
    try folder.write("~$budget.csv", "garbage\0")
    try folder.write("notes.csv", "x\n")
    var report = WorkbookBuilder()
    report.customProperties = ["pustaka_kind": " report "]
    report.sheets = [("attendance", [[.text("garbage")]])]
    try report.write(to: folder.directory.file("Rekap-Ngawi-2026-10.xlsx"))
    let result = try folder.load()
    #expect(result.formattedDiagnostics == [])
    #expect(
      result.skippedFiles == [
        SkippedFile(
          file: ".hidden",
          reason: "a hidden folder (its name starts with '.'); nothing in it is read"),
        SkippedFile(file: "Rekap-Ngawi-2026-10.xlsx", reason: "a report written by pustaka"),
        SkippedFile(file: "notes.csv", reason: "its name starts with no table's name"),
        SkippedFile(
          file: "~$budget.csv", reason: "an Office lock file (its name starts with '~$')"),
      ])
  }

  @Test("the output folder inside the data folder is never read")
  func outputFolderExcluded() throws {
    let folder = try DataFolder()
    defer { folder.remove() }
    try folder.write("libraries.csv", RowErrorTests.libraries)
    try folder.write("reports/attendance.csv", "garbage\0")
    let loader = DataSetLoader(outputFolder: folder.directory.file("reports"))
    let result = try loader.load(from: folder.directory.url)
    #expect(result.formattedDiagnostics == [])
    #expect(
      result.skippedFiles == [
        SkippedFile(
          file: "reports", reason: "the output folder of this run; nothing in it is read")
      ])
  }

  @Test("files are read in code-point order of their relative path; extensions in any case")
  func order() throws {
    let folder = try DataFolder()
    defer { folder.remove() }
    try folder.write("libraries.csv", RowErrorTests.libraries)
    try folder.write("b/attendance.CSV", "library_id,date,visitors\nNGW-01,2026-10-02,2\n")
    try folder.write("a/Kunjungan.csv", "library_id,date,visitors\nNGW-01,2026-10-01,1\n")
    try folder.write("B/attendance.csv", "library_id,date,visitors\nNGW-01,2026-10-03,3\n")
    let result = try folder.load()
    #expect(
      result.inputs.map(\.path) == [
        "B/attendance.csv", "a/Kunjungan.csv", "b/attendance.CSV", "libraries.csv",
      ])
    #expect(result.dataSet.attendance.map(\.visitors) == [3, 1, 2])
  }

  @Test("a missing data folder is thrown")
  func missingFolder() {
    #expect(throws: IngestError.dataFolderMissing(path: "/nonexistent/pustaka")) {
      try DataSetLoader().load(from: URL(fileURLWithPath: "/nonexistent/pustaka"))
    }
  }
}

import Foundation
import PustakaCore
import TestSupport
import Testing

@testable import PustakaIngest

/// Issue 10, defects 6 and 10: symbolic links in the data folder never lead the loader out of
/// it, never make it read a file twice, and every file not read is listed with its reason.
@Suite struct Issue10DataFolderTests {
  let attendance = "library_id,date,visitors\nNGW-01,2026-10-01,5\n"

  /// A data folder with the two libraries, and a second folder outside it.
  func folders() throws -> (data: DataFolder, outside: TemporaryDirectory) {
    let data = try DataFolder()
    try data.write("libraries.csv", RowErrorTests.libraries)
    return (data, try TemporaryDirectory(prefix: "pustaka-outside"))
  }

  func link(_ path: String, in folder: DataFolder, to destination: String) throws {
    let url = folder.directory.file(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: url.path, withDestinationPath: destination)
  }

  /// The real path of `url`, as the skipped-file reasons name link targets.
  func realPath(_ url: URL) -> String {
    url.resolvingSymlinksInPath().path
  }

  @Test("issue 10.6: a symlink to a file outside the data folder is skipped and named")
  func linkOutside() throws {
    let (data, outside) = try folders()
    defer {
      data.remove()
      outside.remove()
    }
    let secret = outside.file("secret.csv")
    try Data(attendance.utf8).write(to: secret)
    try link("attendance.csv", in: data, to: secret.path)
    try link("perpustakaan-passwd.csv", in: data, to: "/etc/passwd")
    let result = try data.load()
    #expect(result.inputs.map(\.path) == ["libraries.csv"])
    #expect(result.dataSet.attendance.isEmpty)
    #expect(result.formattedDiagnostics == [])
    #expect(result.rejectedRows.isEmpty)
    #expect(
      result.skippedFiles == [
        SkippedFile(
          file: "attendance.csv",
          reason: "a symbolic link to '\(realPath(secret))', outside the data folder; links are "
            + "never followed out of it"),
        SkippedFile(
          file: "perpustakaan-passwd.csv",
          reason: "a symbolic link to '/etc/passwd', outside the data folder; links are never "
            + "followed out of it"),
      ])
  }

  @Test("issue 10.6: a symlink loop is skipped and the data set is read once")
  func loops() throws {
    let (data, outside) = try folders()
    defer {
      data.remove()
      outside.remove()
    }
    try link("sub/again", in: data, to: "..")
    try link("attendance-a.csv", in: data, to: "attendance-b.csv")
    try link("attendance-b.csv", in: data, to: "attendance-a.csv")
    let result = try data.load()
    #expect(result.inputs.map(\.path) == ["libraries.csv"])
    #expect(result.dataSet.libraries.count == 2)
    #expect(result.formattedDiagnostics == [])
    #expect(
      result.skippedFiles == [
        SkippedFile(
          file: "attendance-a.csv", reason: "a symbolic link that goes round a loop of links"),
        SkippedFile(
          file: "attendance-b.csv", reason: "a symbolic link that goes round a loop of links"),
        SkippedFile(
          file: "sub/again",
          reason: "a symbolic link to the folder '.'; links to folders are not followed (the "
            + "files there are read where they are)"),
      ])
  }

  @Test("issue 10.6: a symlink to a folder outside the data folder is not followed")
  func folderOutside() throws {
    let (data, outside) = try folders()
    defer {
      data.remove()
      outside.remove()
    }
    try Data(attendance.utf8).write(to: outside.file("attendance.csv"))
    try link("inbox", in: data, to: outside.url.path)
    try link("budget.csv", in: data, to: outside.file("missing.csv").path)
    let result = try data.load()
    #expect(result.inputs.map(\.path) == ["libraries.csv"])
    #expect(
      result.skippedFiles == [
        SkippedFile(
          file: "budget.csv", reason: "a symbolic link to nothing (its target does not exist)"),
        SkippedFile(
          file: "inbox",
          reason: "a symbolic link to the folder '\(realPath(outside.url))', outside the data "
            + "folder; links are never followed out of it"),
      ])
  }

  @Test("issue 10.6: a file reached by several paths is read once, a link to a lone file too")
  func readOnce() throws {
    let (data, outside) = try folders()
    defer {
      data.remove()
      outside.remove()
    }
    try data.write("attendance.csv", attendance)
    try link("attendance-copy.csv", in: data, to: "attendance.csv")
    try FileManager.default.linkItem(
      at: data.directory.file("attendance.csv"), to: data.directory.file("attendance2.csv"))
    try data.write("store/oktober.txt", "library_id,date,visitors\nNGW-02,2026-10-02,7\n")
    try link("kunjungan-b.csv", in: data, to: "store/oktober.txt")
    try link("kunjungan-a.csv", in: data, to: "store/oktober.txt")
    try data.write(".private/attendance.csv", attendance)
    try link("attendance-private.csv", in: data, to: ".private/attendance.csv")
    let result = try data.load()
    #expect(result.inputs.map(\.path) == ["attendance.csv", "kunjungan-a.csv", "libraries.csv"])
    #expect(result.dataSet.attendance.map(\.visitors) == [5, 7])
    #expect(result.formattedDiagnostics == [])
    #expect(
      result.skippedFiles == [
        SkippedFile(
          file: ".private",
          reason: "a hidden folder (its name starts with '.'); "
            + "nothing in it is read"),
        SkippedFile(
          file: "attendance-copy.csv",
          reason: "a symbolic link to a file read once, as 'attendance.csv'"),
        SkippedFile(
          file: "attendance-private.csv",
          reason: "a symbolic link to '.private/attendance.csv', which is not read where it lies"),
        SkippedFile(
          file: "attendance2.csv",
          reason: "the same file as 'attendance.csv' (a hard link), which is read once, under "
            + "that name"),
        SkippedFile(
          file: "kunjungan-b.csv",
          reason: "a symbolic link to a file read once, as 'kunjungan-a.csv'"),
        SkippedFile(file: "store/oktober.txt", reason: "not a .csv, .tsv or .xlsx file"),
      ])
  }

  @Test("issue 10.10: every skipped file is named with its reason")
  func skippedReasons() throws {
    let folder = try DataFolder()
    defer { folder.remove() }
    try folder.write("libraries.csv", RowErrorTests.libraries)
    try folder.write(".DS_Store", "x")
    try folder.write(".git/config", "x")
    try folder.write("~$libraries.csv", "x")
    try folder.write("notes.csv", "x\n")
    try folder.write("README.txt", "x\n")
    try folder.write("old/attendance.xls", "x")
    var report = WorkbookBuilder()
    report.customProperties = ["pustaka_kind": "report"]
    report.sheets = [("attendance", [[.text("garbage")]])]
    try report.write(to: folder.directory.file("Rekap-Ngawi-2026-10.xlsx"))
    var other = WorkbookBuilder()
    other.sheets = [("Sheet1", [[.text("x")]])]
    try other.write(to: folder.directory.file("daftar.xlsx"))
    let result = try folder.load()
    #expect(result.formattedDiagnostics == [])
    #expect(
      result.skippedFiles == [
        SkippedFile(file: ".DS_Store", reason: "a hidden file (its name starts with '.')"),
        SkippedFile(
          file: ".git", reason: "a hidden folder (its name starts with '.'); nothing in it is read"
        ),
        SkippedFile(file: "README.txt", reason: "not a .csv, .tsv or .xlsx file"),
        SkippedFile(file: "Rekap-Ngawi-2026-10.xlsx", reason: "a report written by pustaka"),
        SkippedFile(file: "daftar.xlsx", reason: "no sheet is named after a table"),
        SkippedFile(file: "notes.csv", reason: "its name starts with no table's name"),
        SkippedFile(
          file: "old/attendance.xls", reason: "old .xls format; save it as .xlsx to have it read"),
        SkippedFile(
          file: "~$libraries.csv", reason: "an Office lock file (its name starts with '~$')"),
      ])
  }
}

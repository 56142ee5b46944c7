import Foundation
import TestSupport
import Testing

@testable import PustakaIngest

/// Opening a scanned file checks again that it is the file the scan found.
@Suite struct InputFileTests {
  let attendance = "library_id,date,visitors\nNGW-01,2026-10-01,5\n"

  @Test("a file replaced by a link after the scan is not read (issue 10.6)")
  func replacedAfterScan() throws {
    let data = try DataFolder()
    let outside = try TemporaryDirectory(prefix: "pustaka-outside")
    defer {
      data.remove()
      outside.remove()
    }
    try data.write("attendance.csv", attendance)
    let scanner = DataFolderScanner(root: data.directory.url, excluded: nil)
    let found = try #require(try scanner.scan().found.first { $0.relativePath == "attendance.csv" })
    let secret = outside.file("secret.csv")
    try Data(attendance.utf8).write(to: secret)
    try FileManager.default.removeItem(at: data.directory.file("attendance.csv"))
    try FileManager.default.createSymbolicLink(
      atPath: data.directory.file("attendance.csv").path, withDestinationPath: secret.path)
    let reader = CSVReader(file: found.file, isTabDelimited: false)
    #expect(
      throws: CSVReader.Failure.unreadable(
        reason: "it was replaced by a symbolic link after the folder was scanned")
    ) {
      try reader.forEachRecord { _, _ in }
    }
  }

  @Test("a file replaced by another file after the scan is not read (issue 10.6)")
  func otherFileAfterScan() throws {
    let data = try DataFolder()
    defer { data.remove() }
    try data.write("attendance.csv", attendance)
    let scanner = DataFolderScanner(root: data.directory.url, excluded: nil)
    let found = try #require(try scanner.scan().found.first { $0.relativePath == "attendance.csv" })
    try data.write("attendance-new.csv", attendance)
    let renamed = rename(
      data.directory.file("attendance-new.csv").path, data.directory.file("attendance.csv").path)
    try #require(renamed == 0)
    let reader = CSVReader(file: found.file, isTabDelimited: false)
    #expect(
      throws: CSVReader.Failure.unreadable(
        reason: "it was replaced by another file after the folder was scanned")
    ) {
      try reader.forEachRecord { _, _ in }
    }
  }
}

import Foundation
import TestSupport
import Testing

@testable import XLSXWriter

/// The probe write and the temporary-file-then-rename shared by the writer and the CLI.
@Suite struct SafeFileTests {
  @Test("issue 10: the probe says why a folder takes no file and leaves nothing behind")
  func probe() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    #expect(SafeFile.probe(directory.url.path, size: 3) == nil)
    #expect(SafeFile.probe(directory.url.path, size: 100_000) == nil)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).isEmpty)
    #expect(SafeFile.probe(directory.file("missing").path, size: 3) == ENOENT)
  }

  @Test("issue 10: replace puts the whole file in place over an old one, with no leftover")
  func replace() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.file("table.csv").path
    try Data("old\n".utf8).write(to: directory.file("table.csv"))
    #expect(SafeFile.replace(path, with: Data("new\n".utf8)) == nil)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["table.csv"])
    #expect(SafeFile.replace(directory.file("missing/table.csv").path, with: Data()) == ENOENT)
  }
}

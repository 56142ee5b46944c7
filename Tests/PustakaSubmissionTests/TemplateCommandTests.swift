import Foundation
import TestSupport
import Testing

/// Issue 12.3: `pustaka template` on the command line.
@Suite("pustaka template")
struct TemplateCommandTests {
  @Test("writes one workbook per registered library, named by id and month")
  func perLibrary() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let data = folder.url.appendingPathComponent("data", isDirectory: true)
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    try Data(InboxTests.registerCSV().utf8).write(to: data.appendingPathComponent("libraries.csv"))
    let out = folder.url.appendingPathComponent("templates", isDirectory: true)
    let outcome = try PustakaBinary.run(
      ["template", "--data", data.path, "--period", "2026-11", "--out", out.path],
      in: folder.url)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput == "wrote 7 templates for 2026-11 to '\(out.path)'\n")
    let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(names == (1...7).map { "L\($0)-2026-11.xlsx" })
  }

  @Test("refuses a period that is not one month, saying how to write it")
  func notAMonth() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let outcome = try PustakaBinary.run(
      ["template", "--blank", "--period", "2026-Q4", "--out", folder.url.path], in: folder.url)
    #expect(outcome.status == 64)
    #expect(
      outcome.standardError.hasPrefix(
        "Error: The value '2026-Q4' is invalid for '--period <month>': \"2026-Q4\" is not one "
          + "month; write it as YYYY-MM, such as 2026-10\n"))
  }

  @Test("--blank writes the one template for a new library, needing no register")
  func blank() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let outcome = try PustakaBinary.run(
      ["template", "--blank", "--lang", "en", "--period", "2026-11", "--out", "t"],
      in: folder.url)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput == "wrote 1 template for 2026-11 to 't'\n")
    #expect(FileManager.default.fileExists(atPath: folder.file("t/new-2026-11.xlsx").path))
  }
}

import Foundation
import TestSupport
import Testing
import XLSXReader

/// Runs the built `pustaka sample` and checks what it writes, its exit status and its errors.
@Suite struct SampleCommandTests {
  /// Runs `pustaka` with `arguments` in `directory`.
  func run(
    _ arguments: [String], in directory: TemporaryDirectory
  ) throws -> PustakaBinary.Outcome {
    try PustakaBinary.run(arguments, in: directory.url)
  }

  /// The files of `folder` by name.
  func files(_ folder: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return result
  }

  static let tables = [
    "activities.csv", "attendance.csv", "budget.csv", "collection.csv", "libraries.csv",
    "operations.csv",
  ]

  @Test("the same arguments write identical files; another seed writes other data")
  func determinism() throws {
    let directory = try TemporaryDirectory(prefix: "pustaka-sample-cli")
    defer { directory.remove() }
    let arguments = ["sample", "--libraries", "40", "--months", "6", "--end", "2026-03"]
    #expect(try run(arguments + ["--out", "a"], in: directory).status == 0)
    #expect(try run(arguments + ["--out", "b"], in: directory).status == 0)
    #expect(try run(arguments + ["--out", "c", "--seed", "8"], in: directory).status == 0)
    let first = try files(directory.file("a"))
    #expect(first.keys.sorted() == Self.tables)
    #expect(first == (try files(directory.file("b"))))
    let other = try files(directory.file("c"))
    for name in Self.tables where name != "libraries.csv" {
      #expect(first[name] != other[name], "\(name)")
    }
  }

  @Test("without options it writes exactly the committed Ngawi sample")
  func defaultSample() throws {
    let directory = try TemporaryDirectory(prefix: "pustaka-sample-cli")
    defer { directory.remove() }
    #expect(try run(["sample", "--out", "ngawi"], in: directory).status == 0)
    let committed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("samples/ngawi")
    let written = try files(directory.file("ngawi"))
    #expect(written == (try files(committed)))
  }

  @Test("--format xlsx writes the register and one submission workbook a month")
  func workbooks() throws {
    let directory = try TemporaryDirectory(prefix: "pustaka-sample-cli")
    defer { directory.remove() }
    let arguments = [
      "sample", "--out", "x", "--libraries", "3", "--months", "2", "--format", "xlsx",
    ]
    #expect(try run(arguments, in: directory).status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.file("x").path)
    #expect(
      names.sorted() == [
        "pustaka-sample-2026-09.xlsx", "pustaka-sample-2026-10.xlsx", "pustaka-sample.xlsx",
      ])
    let register = try XLSXDocument(contentsOf: directory.file("x/pustaka-sample.xlsx"))
    #expect(register.customProperties["pustaka_kind"] == "submission")
    #expect(register.sheets.map(\.name) == ["libraries"])
    let lines = dump(register).split(separator: "\n")
    #expect(lines.first == #"libraries!A1 s "library_id""#)
    #expect(lines.contains(#"libraries!A2 s "NGW-001""#))
    #expect(lines.contains { $0.hasPrefix("libraries!H2 n ") })
    #expect(lines.contains { $0.hasPrefix("libraries!J2 n ") && $0.hasSuffix("fmt=yyyy-mm-dd") })
    let october = try XLSXDocument(contentsOf: directory.file("x/pustaka-sample-2026-10.xlsx"))
    #expect(
      october.sheets.map(\.name) == [
        "budget", "collection", "attendance", "activities", "operations",
      ])
    let monthLines = dump(october).split(separator: "\n")
    #expect(monthLines.contains(#"budget!B2 n 46296 fmt=yyyy-mm"#))
    #expect(monthLines.contains { $0.hasPrefix("budget!E2 n ") && $0.hasSuffix("fmt=#,##0") })
    #expect(monthLines.contains { $0.hasPrefix("attendance!B2 n 4629") })
  }

  @Test("the xlsx sample loads with no rejected row and no warning")
  func workbooksLoad() throws {
    let directory = try TemporaryDirectory(prefix: "pustaka-sample-cli")
    defer { directory.remove() }
    let arguments = [
      "sample", "--out", "x", "--libraries", "25", "--months", "4", "--format", "xlsx",
    ]
    #expect(try run(arguments, in: directory).status == 0)
    #expect(try run(["validate", "--data", "x", "--strict"], in: directory).status == 0)
  }

  @Test("wrong options exit 64 with a message saying what to write")
  func usage() throws {
    let directory = try TemporaryDirectory(prefix: "pustaka-sample-cli")
    defer { directory.remove() }
    let month = try run(["sample", "--out", "x", "--end", "2026-13"], in: directory)
    #expect(month.status == 64)
    #expect(
      month.standardError.hasPrefix(
        "Error: --end '2026-13' is not a month; write it as YYYY-MM, such as 2026-10.\n"))
    let regencies = try run(
      ["sample", "--out", "x", "--libraries", "5", "--regencies", "6"], in: directory)
    #expect(regencies.status == 64)
    #expect(
      regencies.standardError.hasPrefix(
        "Error: --regencies (6) cannot exceed --libraries (5).\n"))
    let xlsx = try run(
      ["sample", "--out", "x", "--libraries", "8500", "--format", "xlsx"], in: directory)
    #expect(xlsx.status == 64)
    #expect(try run(["sample", "--out", "x", "--dialect", "tab"], in: directory).status == 64)
    #expect(!FileManager.default.fileExists(atPath: directory.file("x").path))
  }

  @Test("an output folder that cannot be created exits 73 and names it")
  func unwritable() throws {
    let directory = try TemporaryDirectory(prefix: "pustaka-sample-cli")
    defer { directory.remove() }
    try Data("not a folder".utf8).write(to: directory.file("file"))
    let result = try run(["sample", "--out", "file/sample", "--libraries", "2"], in: directory)
    #expect(result.status == 73)
    #expect(
      result.standardError.hasPrefix("pustaka: error: cannot create the folder 'file/sample': "))
  }
}

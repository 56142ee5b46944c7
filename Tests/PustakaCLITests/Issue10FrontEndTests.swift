import Foundation
import TestSupport
import Testing
import XLSXReader

@testable import pustaka

/// Issue 10, "One front end for every command": one failure type, one printer, one exit
/// status per failure, whichever command meets it.
@Suite struct Issue10FrontEndTests {
  /// The rubric every command refuses: an unknown indicator at line 4.
  static let badRubric = "version: 1\nscale: 4\nindicators:\n  - key: nope\n"

  /// Runs `arguments` in `directory` and returns status and stderr.
  func run(_ arguments: [String], in directory: TemporaryDirectory) throws -> (Int32, String) {
    let result = try PustakaBinary.run(arguments, in: directory.url)
    return (result.status, result.standardError)
  }

  @Test("issue 10: a missing data folder prints the same line and status from every command")
  func missingDataFolder() throws {
    let directory = try TemporaryDirectory(prefix: "pustaka-front-test")
    defer { directory.remove() }
    let expected =
      "pustaka: error: data folder 'missing' does not exist; pass the folder of the CSV files "
      + "with --data\n"
    for arguments in [
      ["run", "--data", "missing", "--out", "out", "--quiet"], ["score", "--data", "missing"],
      ["validate", "--data", "missing"],
    ] {
      let (status, standardError) = try run(arguments, in: directory)
      #expect(status == 66, "\(arguments)")
      #expect(standardError == expected, "\(arguments)")
    }
  }

  @Test("issue 10: a malformed rubric prints the same compiler-style line from every command")
  func malformedRubric() throws {
    let directory = try RunCommandTests.workspace()
    defer { directory.remove() }
    try Data(Self.badRubric.utf8).write(to: directory.file("bad.yaml"))
    var printed: [String] = []
    for arguments in [
      ["run", "--data", "data", "--rubric", "bad.yaml", "--quiet"],
      ["score", "--data", "data", "--rubric", "bad.yaml"], ["rubric", "--rubric", "bad.yaml"],
    ] {
      let (status, standardError) = try run(arguments, in: directory)
      #expect(status == 78, "\(arguments)")
      #expect(standardError.hasPrefix("bad.yaml:4: error: unknown indicator 'nope'; expected "))
      printed.append(standardError)
    }
    #expect(Set(printed).count == 1)
  }

  @Test("issue 10: an unreadable rubric prints the same line and exit 66 from every command")
  func unreadableRubric() throws {
    let directory = try RunCommandTests.workspace()
    defer { directory.remove() }
    let expected =
      "pustaka: error: rubric file 'none.yaml' cannot be read; check the path given with "
      + "--rubric\n"
    for arguments in [
      ["run", "--data", "data", "--rubric", "none.yaml", "--quiet"],
      ["score", "--data", "data", "--rubric", "none.yaml"], ["rubric", "--rubric", "none.yaml"],
    ] {
      let (status, standardError) = try run(arguments, in: directory)
      #expect(status == 66, "\(arguments)")
      #expect(standardError == expected, "\(arguments)")
    }
  }

  @Test("issue 10: no libraries table is the same line from run, score and validate")
  func noLibrariesTable() throws {
    let directory = try TemporaryDirectory(prefix: "pustaka-front-test")
    defer { directory.remove() }
    try FileManager.default.createDirectory(
      at: directory.file("data"), withIntermediateDirectories: true)
    try Data("library_id,date,visitors\nNGW-01,2026-10-01,5\n".utf8).write(
      to: directory.file("data/attendance.csv"))
    let expected =
      "data: error: no libraries table; add libraries.csv (or perpustakaan.csv, or a sheet "
      + "named libraries)\n"
    for arguments in [["run", "--data", "data", "--quiet"], ["score", "--data", "data"]] {
      let (status, standardError) = try run(arguments, in: directory)
      #expect(status == 66, "\(arguments)")
      #expect(standardError == expected, "\(arguments)")
    }
    let validate = try PustakaBinary.run(["validate", "--data", "data"], in: directory.url)
    #expect(validate.status == 66)
    #expect(validate.standardOutput.contains("\n" + expected))
  }

  @Test("issue 10: --strict refuses rejected rows with the same line from run and score")
  func strictRejectedRows() throws {
    let directory = try RunCommandTests.workspace()
    defer { directory.remove() }
    let attendance = try #require(
      try FileManager.default.contentsOfDirectory(atPath: directory.file("data").path)
        .first { $0.hasPrefix("attendance") })
    let handle = try FileHandle(forWritingTo: directory.file("data/\(attendance)"))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("NGW-001,2026-10-01,-5\n".utf8))
    try handle.close()
    var last: [String] = []
    for arguments in [["run", "--data", "data", "--strict", "--quiet"], ["score", "--strict"]] {
      let (status, standardError) = try run(arguments + ["--data", "data"], in: directory)
      #expect(status == 65, "\(arguments)")
      last.append(String(standardError.split(separator: "\n").last ?? ""))
    }
    #expect(last.count == 2 && last[0] == last[1])
    #expect(last.first?.hasPrefix("pustaka: error: --strict: 1 rows rejected and ") == true)
  }

  @Test("issue 10: paths under --out are named as typed, relative, in failures and summaries")
  func outputNamedAsTyped() throws {
    let folder = URL(fileURLWithPath: "/work/x/out/", isDirectory: true)
    let display = OutputPathDisplay(folder: folder, typed: "out/")
    #expect(display.path("/work/x/out") == "out")
    #expect(display.path("/work/x/out/ngawi/.pustaka.lock") == "out/ngawi/.pustaka.lock")
    #expect(display.path("/work/x/outside/a") == "/work/x/outside/a")
    let here = OutputPathDisplay(folder: URL(fileURLWithPath: "/work/x"), typed: ".")
    #expect(here.path("/work/x/ngawi/2026-10") == "ngawi/2026-10")
    #expect(
      CommandFailure.locked(path: "/work/x/out/.pustaka.lock", holder: 7).naming(output: display)
        == .locked(path: "out/.pustaka.lock", holder: 7))

    let directory = try TemporaryDirectory(prefix: "pustaka-front-test")
    defer { directory.remove() }
    let nested = directory.file("reports/monthly")
    try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
    let claim = try OutputFolderClaim(folder: nested, shard: .whole)
    let (status, standardError) = try run(
      ["run", "--data", "data", "--out", "./reports/monthly"], in: directory)
    #expect(status == 75)
    #expect(
      standardError
        == "pustaka: error: process \(getpid()) is already writing reports here (lock "
        + "'./reports/monthly/.pustaka.lock'); wait for it to finish and run again\n")
    _ = claim
  }

  @Test("issue 10: one printer, compiler-style under a location and 'pustaka:' without one")
  func printerForms() {
    #expect(StandardError.line(.info, "Loading data...") == "pustaka: Loading data...")
    #expect(StandardError.line(.note, "n") == "pustaka: note: n")
    #expect(StandardError.line(.error, "m", location: "a.csv:2:5") == "a.csv:2:5: error: m")
    #expect(
      StandardError.line(.rubric(.malformed(file: "r.yaml", line: 3, message: "bad")))
        == "r.yaml:3: error: bad")
    #expect(
      ExitStatus(.rubric(.malformed(file: "r.yaml", line: nil, message: "x"))) == .configuration)
    #expect(ExitStatus(.rubric(.unreadable(file: "r.yaml"))) == .inputMissing)
    #expect(ExitStatus(.folderUncreatable(path: "o", reason: "r")) == .cannotCreateOutput)
  }

  @Test("issue 10: a village-population conflict is reported once, in manifest and workbook")
  func populationConflictOnce() throws {
    let directory = try RunCommandTests.workspace()
    defer { directory.remove() }
    var rows = 0
    try RunCommandTests.editLibraries(in: directory) { lines in
      let header = try #require(lines.first)
      let id = try #require(header.firstIndex(of: "library_id"))
      let population = try #require(header.firstIndex(of: "population"))
      var twin = lines[1]
      twin[id] = "NGW-TWIN"
      twin[population] = String((Int(twin[population]) ?? 0) + 100)
      lines.append(twin)
      rows = lines.count
    }
    let result = try PustakaBinary.run(
      ["run", "--data", "data", "--out", "out", "--quiet"], in: directory.url)
    #expect(result.status == 0, "\(result.standardError)")
    let period = directory.file("out/ngawi/2026-10")
    let manifest = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: period.appendingPathComponent("manifest.json"))) as? [String: Any])
    let warnings = (manifest["warnings"] as? [String] ?? []).filter { $0.contains("population") }
    #expect(warnings.count == 1)
    #expect(warnings.first?.hasPrefix("libraries.csv:\(rows):") == true)
    let regency = try XLSXDocument(
      contentsOf: period.appendingPathComponent("Rekap-Ngawi-2026-10.xlsx"))
    let texts = RunCommandTests.texts(of: regency)
    #expect(
      texts.filter { $0.hasPrefix("libraries.population") } == [
        "libraries.population.disagrees"
      ])
  }
}

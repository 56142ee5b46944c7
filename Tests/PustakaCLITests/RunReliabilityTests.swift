import Foundation
import TestSupport
import Testing

@testable import pustaka

/// Regression tests of issue 10: an unattended run never loses good reports and says why it
/// stopped.
@Suite(.serialized) struct RunReliabilityTests {
  /// Appends `text` to the file at `url`.
  static func append(_ text: String, to url: URL) throws {
    let handle = try FileHandle(forWritingTo: url)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
    try handle.close()
  }

  /// The hidden entries of `folder`, leaving out lock files.
  static func hiddenEntries(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasPrefix(".") && !$0.hasSuffix(".lock") }.sorted()
  }

  /// Whether `period` holds a complete run: every file its manifest lists, with its checksum.
  static func isComplete(_ period: URL) throws -> Bool {
    let manifest = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: period.appendingPathComponent("manifest.json")))
        as? [String: Any])
    let outputs = try #require(manifest["outputs"] as? [[String: Any]])
    return !outputs.isEmpty
      && outputs.allSatisfy { output in
        guard let path = output["path"] as? String else { return false }
        return output["sha256"] as? String == sha256sum(period.appendingPathComponent(path))
      }
  }

  @Test(
    "issue 10.8: a run killed just before or just after the swap leaves whole reports in place",
    arguments: KillPoint.allCases)
  func killAtTheSwap(point: KillPoint) throws {
    let directory = try RunCommandTests.workspace()
    defer { directory.remove() }
    let arguments = ["run", "--data", "data", "--out", "out", "--quiet"]
    let first = try PustakaBinary.run(arguments, in: directory.url)
    #expect(first.status == 0)
    let period = directory.file("out/ngawi/2026-10")
    let before = try RunCommandTests.files(period)
    try Self.append("NGW-001,2026-10-31,999,,,\n", to: directory.file("data/attendance.csv"))

    let killed = try PustakaBinary.run(
      arguments, in: directory.url, environment: [KillPoint.variable: point.rawValue])
    #expect(killed.status == SIGKILL)
    #expect(try Self.isComplete(period))
    let after = try RunCommandTests.files(period)
    switch point {
    case .beforeSwap: #expect(after == before)
    case .afterSwap: #expect(after["scores.csv"] != before["scores.csv"])
    }
    let leftovers = try Self.hiddenEntries(directory.file("out/ngawi"))
    #expect(leftovers.count == 1)
    #expect(leftovers.first?.hasPrefix(".2026-10.partial-") == true)

    // issue 10.9: the next run removes what the killed one left.
    let next = try PustakaBinary.run(arguments, in: directory.url)
    #expect(next.status == 0)
    #expect(try Self.hiddenEntries(directory.file("out/ngawi")).isEmpty)
    #expect(try Self.isComplete(period))
  }

  @Test("issue 10.11: a locked --out is refused before the data is even looked at")
  func lockedOutputFirst() throws {
    let directory = try TemporaryDirectory(prefix: "pustaka-run-test")
    defer { directory.remove() }
    let claim = try OutputFolderClaim(folder: directory.file("out"), shard: .whole)
    let run = try PustakaBinary.run(
      ["run", "--data", "no-such-data", "--out", "out"], in: directory.url)
    #expect(run.status == 75)
    #expect(
      run.standardError
        == "pustaka: error: process \(getpid()) is already writing reports here (lock "
        + "'out/.pustaka.lock'); wait for it to finish and run again\n")
    _ = claim
  }

  @Test("issue 10.11: an unwritable --out is refused before the data is even looked at")
  func unwritableOutputFirst() throws {
    let directory = try TemporaryDirectory(prefix: "pustaka-run-test")
    defer { directory.remove() }
    try FileManager.default.createDirectory(
      at: directory.file("out"), withIntermediateDirectories: true)
    let locked = try ReadOnlyFolder(directory.file("out"))
    defer { locked.restore() }
    let run = try PustakaBinary.run(
      ["run", "--data", "no-such-data", "--out", "out"], in: directory.url)
    #expect(run.status == 73)
    #expect(
      run.standardError
        == "pustaka: error: cannot write reports to 'out': Operation "
        + "not permitted; choose a writable folder with --out\n")
  }

  @Test("issue 10.12: a period without attendance exits 65 and names the latest month")
  func periodWithoutData() throws {
    let directory = try RunCommandTests.workspace()
    defer { directory.remove() }
    let run = try PustakaBinary.run(
      ["run", "--data", "data", "--out", "out", "--period", "2026-12"], in: directory.url)
    #expect(run.status == 65)
    #expect(
      run.standardError.hasSuffix(
        "pustaka: error: no attendance in 2026-12; the latest month with data is 2026-10; "
          + "check the attendance files or pass --period 2026-10\n"))
    #expect(!FileManager.default.fileExists(atPath: directory.file("out/ngawi/2026-12").path))
    let score = try PustakaBinary.run(
      ["score", "--data", "data", "--period", "2026-12"], in: directory.url)
    #expect(score.status == 65)
    #expect(score.standardOutput == "")
  }

  @Test("issue 10.13: one row dated 2062 does not make 2062 the default period")
  func mistypedYearIsNotTheDefault() throws {
    let directory = try RunCommandTests.workspace()
    defer { directory.remove() }
    try Self.append("NGW-001,2062-03-01,12,,,\n", to: directory.file("data/attendance.csv"))
    let run = try PustakaBinary.run(["run", "--data", "data", "--out", "out"], in: directory.url)
    #expect(run.status == 0)
    #expect(
      run.standardError.contains(
        "pustaka: note: period 2026-10: the latest month in which at least half of the 12 "
          + "libraries with attendance report (12 do); 2062-03 has attendance from only 1; "
          + "pass --period to choose another\n"))
    #expect(FileManager.default.fileExists(atPath: directory.file("out/ngawi/2026-10").path))
  }

  @Test("issue 10.15: each regency folder holds its own rejected rows, the top the whole list")
  func rejectedRowsPerRegency() throws {
    let directory = try RunCommandTests.workspace(
      ["--libraries", "8", "--regencies", "2", "--months", "2"])
    defer { directory.remove() }
    try Self.append(
      "NGW-001,2026-10-30,12a,,,\nK02-001,2026-10-30,x,,,\nNOPE-9,2026-10-30,3,,,\n",
      to: directory.file("data/attendance.csv"))
    let run = try PustakaBinary.run(
      ["run", "--data", "data", "--out", "out", "--quiet", "--no-library-cards"],
      in: directory.url)
    #expect(run.status == 0)
    func lines(_ path: String) throws -> [String] {
      try String(contentsOf: directory.file(path), encoding: .utf8)
        .split(separator: "\n").map(String.init)
    }
    let ngawi = try lines("out/ngawi/2026-10/rejected-rows.csv")
    let madiun = try lines("out/madiun/2026-10/rejected-rows.csv")
    let all = try lines("out/rejected-rows.csv")
    #expect(ngawi.count == 2)
    #expect(ngawi.last?.contains(",NGW-001,2026-10-30,12a") == true)
    #expect(madiun.count == 2)
    #expect(madiun.last?.contains(",K02-001,2026-10-30,x") == true)
    #expect(all.count == 4)
    #expect(all.last?.contains(",NOPE-9,2026-10-30,3") == true)
  }

  @Test("issue 10.4: a line break inside a quoted name stays inside its CSV field")
  func lineBreakInNameIsQuoted() throws {
    let directory = try RunCommandTests.workspace()
    defer { directory.remove() }
    let libraries = directory.file("data/libraries.csv")
    let text = try String(contentsOf: libraries, encoding: .utf8)
    let firstRow = text.split(separator: "\n").dropFirst().first?.split(separator: ",")
    let name = try #require(firstRow?.dropFirst().first)
    try Data(
      text.replacingOccurrences(of: ",\(name),", with: ",\"Taman\r\nBaca\",").utf8
    ).write(to: libraries)
    let run = try PustakaBinary.run(
      ["run", "--data", "data", "--out", "out", "--quiet", "--no-library-cards"],
      in: directory.url)
    #expect(run.status == 0)
    let scores = try String(
      contentsOf: directory.file("out/ngawi/2026-10/scores.csv"), encoding: .utf8)
    #expect(scores.contains(",\"Taman\r\nBaca\","))
  }
}

extension RunReliabilityTests {
  @Test("issue 10.5: a 300-character district and a 60-emoji id pass validate and run alike")
  func longNamesAreShortened() throws {
    let directory = try RunCommandTests.workspace()
    defer { directory.remove() }
    let district = String(repeating: "Kecamatan Panjang ", count: 17)
    let id = String(repeating: "\u{1F4DA}", count: 60)
    for name in ["libraries", "attendance", "budget", "collection", "activities", "operations"] {
      let url = directory.file("data/\(name).csv")
      var text = try String(contentsOf: url, encoding: .utf8)
      text = text.replacingOccurrences(of: "NGW-001,", with: "\(id),")
      if name == "libraries" {
        text = text.replacingOccurrences(of: ",Sine,", with: ",\(district),")
      }
      try Data(text.utf8).write(to: url)
    }
    let validate = try PustakaBinary.run(["validate", "--data", "data"], in: directory.url)
    #expect(validate.status == 0, "\(validate.standardError)")
    let run = try PustakaBinary.run(
      ["run", "--data", "data", "--out", "out", "--quiet"], in: directory.url)
    #expect(run.status == 0, "\(run.standardError)")
    let written = try RunCommandTests.files(directory.file("out/ngawi/2026-10"))
    let cards = written.keys.filter { $0.hasPrefix("Perpustakaan/\u{1F4DA}") }
    #expect(cards.count == 1)
    #expect(cards.allSatisfy { $0.split(separator: "/").allSatisfy { $0.utf8.count <= 255 } })
    #expect(written.keys.contains { $0.hasPrefix("Kecamatan/Kecamatan Panjang") })
  }
}

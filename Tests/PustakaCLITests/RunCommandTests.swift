import Foundation
import TestSupport
import Testing
import XLSXReader

/// Runs the built `pustaka run` end to end on small generated data sets.
@Suite(.serialized) struct RunCommandTests {
  /// A folder with `data/` made by `pustaka sample` with `sampleArguments`.
  static func workspace(_ sampleArguments: [String] = ["--libraries", "12", "--months", "3"])
    throws -> TemporaryDirectory
  {
    let directory = try TemporaryDirectory(prefix: "pustaka-run-test")
    let sample = try PustakaBinary.run(
      ["sample", "--out", "data"] + sampleArguments, in: directory.url)
    #expect(sample.status == 0, "\(sample.standardError)")
    return directory
  }

  /// Rewrites `data/libraries.csv` in `directory` with its rows (the header first, as cells)
  /// after `edit` has changed them.
  static func editLibraries(
    in directory: TemporaryDirectory, _ edit: (inout [[String]]) throws -> Void
  ) throws {
    let libraries = directory.file("data/libraries.csv")
    var lines = try String(contentsOf: libraries, encoding: .utf8).split(separator: "\n")
      .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    try edit(&lines)
    try Data((lines.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n").utf8)
      .write(to: libraries)
  }

  /// Every text cell of `document`, sheet by sheet.
  static func texts(of document: XLSXDocument) -> [String] {
    document.sheets.flatMap(\.cells).compactMap { cell -> String? in
      if case .string(let text) = cell.value { return text }
      return nil
    }
  }

  /// Every file below `folder` by relative path, with its bytes; lock files are left out.
  static func files(_ folder: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else {
      return result
    }
    while let path = enumerator.nextObject() as? String {
      let url = folder.appendingPathComponent(path)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue, !path.hasSuffix(".lock")
      {
        result[path] = try Data(contentsOf: url)
      }
    }
    return result
  }

  /// The manifest without its `timings` (the only part that varies between runs), as
  /// key-sorted JSON.
  static func manifestWithoutTimings(_ data: Data?) throws -> Data {
    var object = try #require(
      try JSONSerialization.jsonObject(with: data ?? Data()) as? [String: Any])
    #expect(object["timings"] != nil)
    object["timings"] = nil
    return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
  }

  @Test("a run writes every report, and the manifest's checksums match the files")
  func endToEnd() throws {
    let directory = try Self.workspace()
    defer { directory.remove() }
    // Two bad attendance rows: the loader rejects them and the run keeps them.
    let attendance = directory.file("data/attendance.csv")
    let handle = try FileHandle(forWritingTo: attendance)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("NGW-001,2026-10-30,12a,,,\nNOPE-9,2026-10-30,3,,,\n".utf8))
    try handle.close()

    let run = try PustakaBinary.run(
      ["run", "--data", "data", "--out", "out", "--quiet"], in: directory.url)
    #expect(run.status == 0)
    #expect(run.standardError == "")
    let period = directory.file("out/ngawi/2026-10")
    let written = try Self.files(period)
    #expect(written["Rekap-Ngawi-2026-10.xlsx"] != nil)
    #expect(written.keys.filter { $0.hasPrefix("Kecamatan/") }.count == 12)
    #expect(written.keys.filter { $0.hasPrefix("Perpustakaan/") }.count == 12)
    for name in ["scores.csv", "districts.csv", "rejected-rows.csv", "manifest.json"] {
      #expect(written[name] != nil, "\(name) missing")
    }

    let manifest = try #require(
      try JSONSerialization.jsonObject(with: written["manifest.json"] ?? Data())
        as? [String: Any])
    let outputs = try #require(manifest["outputs"] as? [[String: Any]])
    #expect(outputs.count == written.count - 1)
    for output in outputs {
      let path = try #require(output["path"] as? String)
      let bytes = try #require(written[path])
      #expect(output["sha256"] as? String == sha256sum(period.appendingPathComponent(path)))
      #expect(output["bytes"] as? Int == bytes.count)
    }
    let counts = try #require(manifest["counts"] as? [String: Any])
    #expect(counts["rowsRejected"] as? Int == 2)
    #expect(counts["rowsRead"] as? Int == (counts["rowsAccepted"] as? Int ?? 0) + 2)
    let rejected = String(decoding: written["rejected-rows.csv"] ?? Data(), as: UTF8.self)
    let rejectedLines = rejected.split(separator: "\n")
    #expect(rejectedLines.count == 3)
    #expect(rejectedLines[1].contains("error,\"visitors \"\"12a\"\" is not a whole number\""))
    #expect(rejectedLines[2].contains("error,\"library_id \"\"NOPE-9\"\" is not in libraries\""))
  }

  @Test("without a terminal, progress is plain log lines ending with the run's summary")
  func plainProgressLines() throws {
    let directory = try Self.workspace()
    defer { directory.remove() }
    let run = try PustakaBinary.run(["run", "--data", "data", "--out", "out"], in: directory.url)
    #expect(run.status == 0)
    #expect(!run.standardError.contains("\r"))
    let lines = run.standardError.split(separator: "\n").map(String.init)
    #expect(lines.first == "pustaka: Loading data...")
    #expect(lines.contains("pustaka: Scored 12 of 12 libraries for 2026-10"))
    #expect(lines.contains("pustaka: Writing Ngawi workbooks 25 of 25"))
    #expect(
      lines.contains(
        "pustaka: Period 2026-10: 12 libraries scored, 0 not reporting, 0 rows rejected, "
          + "0 warnings."))
    #expect(lines.contains("pustaka: 25 workbooks written:"))
    #expect(lines.last?.hasPrefix("pustaka: Time: rubric ") == true)
  }

  /// The error `run` prints for the UTF-16 file of `unreadableFileDoesNotStopTheRun`.
  static let latin1Error =
    "data/attendance-latin1.csv: error: 'attendance-latin1.csv' is UTF-16 text, not UTF-8; in "
    + "Excel use File > Save As > CSV UTF-8\n"

  @Test("issue 10.14: an unreadable file is an error naming it; the run goes on unless --strict")
  func unreadableFileDoesNotStopTheRun() throws {
    let directory = try Self.workspace()
    defer { directory.remove() }
    try Data([0xFF, 0xFE, 0x00, 0x41, 0x00, 0x0A]).write(
      to: directory.file("data/attendance-latin1.csv"))
    let run = try PustakaBinary.run(["run", "--data", "data", "--out", "out"], in: directory.url)
    #expect(run.status == 0)
    #expect(
      run.standardError.contains(
        "pustaka: Loading data...\n" + Self.latin1Error
          + "pustaka: note: the run goes on without 'attendance-latin1.csv'\n"))
    let manifest = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: directory.file("out/ngawi/2026-10/manifest.json")))
        as? [String: Any])
    #expect(manifest["unreadableFiles"] as? [String] == ["attendance-latin1.csv"])
    let strict = try PustakaBinary.run(
      ["run", "--data", "data", "--out", "strict", "--strict"], in: directory.url)
    #expect(strict.status == 66)
    #expect(
      strict.standardError
        == "pustaka: Loading data...\n" + Self.latin1Error
        + "pustaka: error: --strict: cannot read "
        + "'attendance-latin1.csv' in 'data', so nothing was done; fix the files named above and "
        + "run again\n")
  }

  @Test("--jobs 1 and --jobs 4 write byte-identical reports")
  func jobsDoNotChangeOutput() throws {
    let directory = try Self.workspace()
    defer { directory.remove() }
    for (jobs, out) in [("1", "one"), ("4", "four")] {
      let run = try PustakaBinary.run(
        ["run", "--data", "data", "--out", out, "--jobs", jobs, "--quiet"], in: directory.url)
      #expect(run.status == 0, "\(run.standardError)")
    }
    var one = try Self.files(directory.file("one"))
    var four = try Self.files(directory.file("four"))
    #expect(one.count == 29)
    #expect(Set(one.keys) == Set(four.keys))
    let manifest = "ngawi/2026-10/manifest.json"
    #expect(
      try Self.manifestWithoutTimings(one[manifest]) == Self.manifestWithoutTimings(four[manifest]))
    one[manifest] = nil
    four[manifest] = nil
    #expect(one == four)
  }

  @Test("a rerun on the same inputs reproduces identical files")
  func rerunIsIdentical() throws {
    let directory = try Self.workspace()
    defer { directory.remove() }
    let arguments = ["run", "--data", "data", "--out", "out", "--quiet"]
    #expect(try PustakaBinary.run(arguments, in: directory.url).status == 0)
    var first = try Self.files(directory.file("out"))
    #expect(try PustakaBinary.run(arguments, in: directory.url).status == 0)
    var second = try Self.files(directory.file("out"))
    let manifest = "ngawi/2026-10/manifest.json"
    #expect(
      try Self.manifestWithoutTimings(first[manifest])
        == Self.manifestWithoutTimings(second[manifest]))
    first[manifest] = nil
    second[manifest] = nil
    #expect(first == second)
  }

  @Test("an unwritable output folder exits 73 with its message and keeps earlier reports")
  func unwritableOutput() throws {
    let directory = try Self.workspace()
    defer { directory.remove() }
    let arguments = ["run", "--data", "data", "--out", "out", "--quiet"]
    #expect(try PustakaBinary.run(arguments, in: directory.url).status == 0)
    let before = try Self.files(directory.file("out"))
    let regencyFolder = directory.file("out/ngawi")
    let locked = try ReadOnlyFolder(regencyFolder)
    defer { locked.restore() }
    let run = try PustakaBinary.run(arguments, in: directory.url)
    #expect(run.status == 73)
    #expect(
      run.standardError.hasPrefix(
        "pustaka: error: cannot write reports to 'out/ngawi/.2026-10.partial-"))
    #expect(
      run.standardError.hasSuffix(
        "': Operation not permitted; choose a writable folder with --out\n"))
    locked.restore()
    #expect(try Self.files(directory.file("out")) == before)
  }

  @Test("a second run on the same reports is refused while the first holds the lock")
  func concurrentRunRefused() throws {
    let directory = try Self.workspace()
    defer { directory.remove() }
    let lockFolder = directory.file("out/ngawi")
    try FileManager.default.createDirectory(at: lockFolder, withIntermediateDirectories: true)
    let lockPath = lockFolder.appendingPathComponent(".pustaka.lock").path
    let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
    _ = "4242\n".withCString { write(descriptor, $0, 5) }
    let run = try PustakaBinary.run(
      ["run", "--data", "data", "--out", "out"], in: directory.url)
    #expect(run.status == 75)
    #expect(
      run.standardError.hasSuffix(
        "pustaka: error: process 4242 is already writing reports here (lock 'out/ngawi/.pustaka.lock'); "
          + "wait for it to finish and run again\n"))
    #expect(!FileManager.default.fileExists(atPath: directory.file("out/ngawi/2026-10").path))
  }

  @Test("a run killed after its first workbook leaves the old period folder as it was")
  func killedRunKeepsOldReports() throws {
    let directory = try Self.workspace(["--libraries", "217", "--months", "3"])
    defer { directory.remove() }
    let arguments = ["run", "--data", "data", "--out", "out", "--quiet", "--no-library-cards"]
    #expect(try PustakaBinary.run(arguments, in: directory.url).status == 0)
    let before = try Self.files(directory.file("out"))
    let (process, _, _) = try PustakaBinary.start(
      ["run", "--data", "data", "--out", "out", "--quiet", "--jobs", "1"], in: directory.url)
    let staging = directory.file("out/ngawi/.2026-10.partial-\(process.processIdentifier)")
    var sawWorkbook = false
    // Waits for the event, not for a speed: a sanitized build loads the data many times slower.
    let deadline = Date().addingTimeInterval(180)
    while process.isRunning, Date() < deadline {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: staging.path)) ?? []
      if names.contains(where: { $0.hasSuffix(".xlsx") }) {
        sawWorkbook = true
        break
      }
      usleep(2000)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(sawWorkbook)
    #expect(process.terminationReason == .uncaughtSignal)
    var after = try Self.files(directory.file("out"))
    for key in after.keys where key.hasPrefix("ngawi/.2026-10.partial-") { after[key] = nil }
    #expect(after == before)
  }

  @Test("shards 1/3, 2/3 and 3/3 together write exactly the unsharded run's reports")
  func shardsCoverTheRun() throws {
    let directory = try Self.workspace(["--libraries", "30", "--regencies", "4", "--months", "2"])
    defer { directory.remove() }
    #expect(
      try PustakaBinary.run(
        ["run", "--data", "data", "--out", "whole", "--quiet"], in: directory.url
      ).status == 0)
    var regenciesPerShard: [Int] = []
    for shard in 1...3 {
      let run = try PustakaBinary.run(
        ["run", "--data", "data", "--out", "sharded", "--quiet", "--shard", "\(shard)/3"],
        in: directory.url)
      #expect(run.status == 0, "\(run.standardError)")
      regenciesPerShard.append(
        try FileManager.default.contentsOfDirectory(atPath: directory.file("sharded").path)
          .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".csv") }.count)
    }
    // Shard 1 writes its 2 regencies and the province summary's folder, the others 1 each.
    #expect(regenciesPerShard == [3, 4, 5])
    var whole = try Self.files(directory.file("whole"))
    #expect(whole["jawa-timur/2026-10/Provinsi-Jawa Timur-2026-10.xlsx"] != nil)
    var sharded = try Self.files(directory.file("sharded"))
    #expect(Set(whole.keys) == Set(sharded.keys))
    for key in whole.keys where key.hasSuffix("manifest.json") {
      whole[key] = nil
      sharded[key] = nil
    }
    #expect(whole == sharded)
  }

  @Test(
    "documented failures exit with their status and one line saying what to do",
    arguments: [
      (["run", "--data", "missing"], 66, "pustaka: error: data folder 'missing' does not exist"),
      (["run", "--shard", "4/3"], 64, "\"4/3\" is not a shard: I must be"),
      (["run", "--period", "2026-13"], 64, "is not a period"),
      (["run", "--jobs", "0"], 64, "--jobs must be at least 1"),
    ])
  func failures(arguments: [String], status: Int32, message: String) throws {
    let directory = try TemporaryDirectory(prefix: "pustaka-run-test")
    defer { directory.remove() }
    let run = try PustakaBinary.run(arguments, in: directory.url)
    #expect(run.status == status)
    #expect(run.standardError.contains(message), "\(run.standardError)")
  }

  @Test("a malformed rubric exits 78 naming the file and line")
  func malformedRubric() throws {
    let directory = try Self.workspace()
    defer { directory.remove() }
    try Data("version: 1\nscale: 4\nindicators:\n  - key: nope\n".utf8).write(
      to: directory.file("bad.yaml"))
    let run = try PustakaBinary.run(
      ["run", "--data", "data", "--rubric", "bad.yaml"], in: directory.url)
    #expect(run.status == 78)
    #expect(run.standardError.hasPrefix("bad.yaml:4: error: unknown indicator 'nope'; "))
    #expect(!FileManager.default.fileExists(atPath: directory.file("reports").path))
  }
}

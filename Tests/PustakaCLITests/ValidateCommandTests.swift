import Foundation
import TestSupport
import Testing

/// Runs the built `pustaka validate` on small data folders and checks output and exit status.
@Suite struct ValidateCommandTests {
  /// Runs `pustaka` with `arguments` in `directory`.
  func run(
    _ arguments: [String], in directory: TemporaryDirectory
  ) throws -> PustakaBinary.Outcome {
    try PustakaBinary.run(arguments, in: directory.url)
  }

  func folder(_ files: [String: String]) throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory(prefix: "pustaka-cli-test")
    for (path, text) in files {
      let url = directory.file(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return directory
  }

  static let libraries =
    "library_id,name,village,district,regency,population\nNGW-01,P,Watualang,Ngawi,Ngawi,4000\n"

  @Test("a clean data set exits 0 with a summary per table")
  func clean() throws {
    let directory = try folder(["data/libraries.csv": Self.libraries])
    defer { directory.remove() }
    let run = try run(["validate", "--data", "data"], in: directory)
    #expect(run.status == 0)
    #expect(
      run.standardOutput == """
        Data: data

        table       files  rows read  accepted  rejected  warnings
        libraries       1          1         1         0         0
        budget          0          0         0         0         0
        collection      0          0         0         0         0
        attendance      0          0         0         0         0
        activities      0          0         0         0         0
        operations      0          0         0         0         0
        total           1          1         1         0         0

        0 errors, 0 warnings, 0 rows rejected; exit status 0

        """)
  }

  @Test("rejected rows exit 65 with diagnostics grouped by file")
  func rejectedRows() throws {
    let directory = try folder([
      "data/libraries.csv": Self.libraries,
      "data/budget.csv": "library_id,month,category,allocated_idr,spent_idr\n"
        + "NGW-01,2026-10,staff,5000,-5000\n",
    ])
    defer { directory.remove() }
    let run = try run(["validate", "--data", "data"], in: directory)
    #expect(run.status == 65)
    #expect(
      run.standardOutput.contains(
        "\ndata/budget.csv\n  data/budget.csv:2:5: error: spent_idr \"-5000\" is negative\n"))
  }

  @Test("warnings exit 0, or 65 under --strict")
  func strict() throws {
    let directory = try folder([
      "data/libraries.csv": Self.libraries,
      "data/attendance.csv": "library_id,date,visitors,note\nNGW-01,2026-10-01,5,x\n",
    ])
    defer { directory.remove() }
    #expect(try run(["validate", "--data", "data"], in: directory).status == 0)
    let strict = try run(["validate", "--data", "data", "--strict"], in: directory)
    #expect(strict.status == 65)
    #expect(strict.standardOutput.contains("warning: unknown column \"note\" is ignored"))
  }

  @Test("an unreadable file or no libraries table exits 66; a missing folder too")
  func inputMissing() throws {
    let directory = try folder([
      "data/libraries.csv": Self.libraries, "data/budget.csv": "", "other/budget.csv": "a\n",
    ])
    defer { directory.remove() }
    let unreadable = try run(["validate", "--data", "data"], in: directory)
    #expect(unreadable.status == 66)
    #expect(unreadable.standardOutput.contains("data/budget.csv: error: the file is empty"))
    let noLibraries = try run(["validate", "--data", "other"], in: directory)
    #expect(noLibraries.status == 66)
    #expect(noLibraries.standardOutput.contains("other: error: no libraries table"))
    let missing = try run(["validate", "--data", "nowhere"], in: directory)
    #expect(missing.status == 66)
    #expect(
      missing.standardError
        == "pustaka: error: data folder 'nowhere' does not exist; pass the folder of the CSV files with "
        + "--data\n")
  }

  @Test("a wrong option exits 64")
  func usage() throws {
    let directory = try folder([:])
    defer { directory.remove() }
    #expect(try run(["validate", "--format", "xml"], in: directory).status == 64)
  }

  @Test("the json form is a stable document with the exit status in it")
  func json() throws {
    let directory = try folder([
      "data/libraries.csv": Self.libraries,
      "data/attendance.csv": "library_id,date,visitors\nNGW-01,2026-10-01,12a\n",
    ])
    defer { directory.remove() }
    let run = try run(["validate", "--data", "data", "--format", "json"], in: directory)
    #expect(run.status == 65)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    #expect(document["exitStatus"] as? Int == 65)
    #expect(document["formatVersion"] as? Int == 1)
    let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.first?["code"] as? String == "attendance.visitors.notWholeNumber")
    #expect(diagnostics.first?["line"] as? Int == 2)
    #expect((document["tables"] as? [Any])?.count == 6)
  }
}

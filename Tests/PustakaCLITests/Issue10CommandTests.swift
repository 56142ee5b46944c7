import Foundation
import TestSupport
import Testing

/// Issue 10, defects 10 and 14, end to end: what `score` and `validate` print about files they
/// cannot read or do not read.
@Suite struct Issue10CommandTests {
  static let libraries =
    "library_id,name,village,district,regency,population\n"
    + "NGW-01,Perpustakaan Cemerlang,Watualang,Ngawi,Ngawi,4000\n"
  static let attendance = "library_id,date,visitors\nNGW-01,2026-10-01,5\n"
  /// A budget file saved as Latin-1: `é` is the byte E9, at line 2, column 27.
  static let latin1Budget =
    Array("library_id,month,category,allocated_idr,spent_idr\nNGW-01,2026-10,collection,".utf8)
    + [0xE9] + Array(",0\n".utf8)

  func folder(_ files: [String: [UInt8]]) throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory(prefix: "pustaka-cli-test")
    for (path, bytes) in files {
      let url = directory.file(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
    }
    return directory
  }

  static let budgetError =
    "data/budget.csv:2: error: 'budget.csv' is not UTF-8 text (first bad byte at line 2, "
    + "column 27); in Excel use File > Save As > CSV UTF-8\n"

  @Test("issue 10.14: score reports an unreadable file compiler-style and scores the others")
  func scoreGoesOn() throws {
    let directory = try folder([
      "data/libraries.csv": Array(Self.libraries.utf8),
      "data/attendance.csv": Array(Self.attendance.utf8),
      "data/budget.csv": Self.latin1Budget,
    ])
    defer { directory.remove() }
    let run = try PustakaBinary.run(["score", "--data", "data"], in: directory.url)
    #expect(run.status == 0)
    #expect(
      run.standardError
        == Self.budgetError
        + "pustaka: note: period 2026-10: the latest month in which at least half of the 1 library with "
        + "attendance report (1 does); pass --period to choose another\n")
    let lines = run.standardOutput.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.last?.hasPrefix("NGW-01,Perpustakaan Cemerlang,Watualang,") == true)
  }

  @Test("issue 10.14: score --strict stops on an unreadable file with exit 66")
  func scoreStrict() throws {
    let directory = try folder([
      "data/libraries.csv": Array(Self.libraries.utf8),
      "data/attendance.csv": Array(Self.attendance.utf8),
      "data/budget.csv": Self.latin1Budget,
    ])
    defer { directory.remove() }
    let run = try PustakaBinary.run(["score", "--data", "data", "--strict"], in: directory.url)
    #expect(run.status == 66)
    #expect(
      run.standardError == Self.budgetError
        + "pustaka: error: --strict: cannot read 'budget.csv' in 'data', so nothing was done; fix "
        + "the files named above and run again\n")
    #expect(run.standardOutput == "")
  }

  @Test("issue 10.10: a libraries.csv that is not UTF-8 is named with its bad byte, not missing")
  func librariesNotUTF8() throws {
    let bytes =
      Array("library_id,name,village,district,regency,population\nNGW-01,Pustak".utf8) + [0xE9]
      + Array(",Watualang,Ngawi,Ngawi,4000\n".utf8)
    let directory = try folder([
      "data/libraries.csv": bytes, "data/attendance.csv": Array(Self.attendance.utf8),
    ])
    defer { directory.remove() }
    let error =
      "data/libraries.csv:2: error: 'libraries.csv' is not UTF-8 text (first bad byte at line "
      + "2, column 14); in Excel use File > Save As > CSV UTF-8"
    let missing =
      "data: error: no libraries table could be read: 'libraries.csv' cannot be read (see the "
      + "error above)"
    let score = try PustakaBinary.run(["score", "--data", "data"], in: directory.url)
    #expect(score.status == 66)
    #expect(score.standardError == error + "\n" + missing + "\n")
    let validate = try PustakaBinary.run(["validate", "--data", "data"], in: directory.url)
    #expect(validate.status == 66)
    #expect(validate.standardOutput.contains("\n  " + error + "\n"))
    #expect(validate.standardOutput.contains("\n" + missing + "\n"))
    #expect(!validate.standardOutput.contains("add libraries.csv"))
  }

  @Test("issue 10.6: validate lists a symlink to /etc/passwd as skipped, with its reason")
  func validateSkipsLink() throws {
    let directory = try folder(["data/libraries.csv": Array(Self.libraries.utf8)])
    defer { directory.remove() }
    try FileManager.default.createSymbolicLink(
      atPath: directory.file("data/perpustakaan-2.csv").path, withDestinationPath: "/etc/passwd")
    let run = try PustakaBinary.run(["validate", "--data", "data"], in: directory.url)
    #expect(run.status == 0)
    #expect(
      run.standardOutput.contains(
        "\nSkipped:\n  data/perpustakaan-2.csv: a symbolic link to '/etc/passwd', outside the "
          + "data folder; links are never followed out of it\n"))
    #expect(!run.standardOutput.contains("root:"))
  }
}

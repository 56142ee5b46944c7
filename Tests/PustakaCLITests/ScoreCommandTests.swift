import Foundation
import TestSupport
import Testing

/// Runs the built `pustaka score` and `pustaka rubric` on the committed Ngawi sample.
@Suite struct ScoreCommandTests {
  /// The repository root, where `samples/ngawi` is (the default `--data`).
  static var repository: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  @Test("score prints scores.csv for the latest month by default, one row per library")
  func scoresTable() throws {
    let run = try PustakaBinary.run(["score"], in: Self.repository)
    #expect(run.status == 0)
    let lines = run.standardOutput.split(separator: "\n")
    #expect(lines.count == 218)
    #expect(
      lines.first?.hasPrefix(
        "library_id,name,village,district,regency,reporting,kpi,grade,rank,rank_in_district,"
          + "points,development,service,resources,community,kpi_12m,grade_12m,rank_12m,"
          + "titles_value,titles_points,") == true)
    #expect(
      lines.contains { $0.hasPrefix("NGW-112,Perpustakaan Cemerlang,Watualang,Ngawi,Ngawi,true,") })
  }

  @Test("score --districts --format json prints one object per district")
  func districtsJSON() throws {
    let run = try PustakaBinary.run(
      ["score", "--districts", "--format", "json", "--period", "2026-Q3"], in: Self.repository)
    #expect(run.status == 0)
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]])
    #expect(rows.count == 19)
    #expect(rows.allSatisfy { $0["iplm"] is Double && $0["regency"] as? String == "Ngawi" })
  }

  @Test("rubric prints the built-in rubric, which loads back as a rubric file")
  func rubricRoundTrip() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let printed = try PustakaBinary.run(["rubric"], in: directory.url)
    #expect(printed.status == 0)
    #expect(printed.standardOutput.contains("key: titles"))
    try Data(printed.standardOutput.utf8).write(to: directory.file("rubric.yaml"))
    let again = try PustakaBinary.run(
      ["rubric", "--rubric", "rubric.yaml"], in: directory.url)
    #expect(again.status == 0)
    #expect(again.standardOutput == printed.standardOutput)
  }

  @Test(
    "documented failures exit with their status",
    arguments: [
      (["score", "--period", "2026-Q5"], Int32(64)),
      (["score", "--data", "missing"], Int32(66)),
      (["score", "--rubric", "missing.yaml"], Int32(66)),
    ])
  func failures(arguments: [String], status: Int32) throws {
    let run = try PustakaBinary.run(arguments, in: Self.repository)
    #expect(run.status == status)
    #expect(!run.standardError.isEmpty)
  }

  @Test("a malformed rubric exits 78 with the file, line and reason")
  func malformedRubric() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try Data(
      """
      version: 1
      scale: 4
      indicators:
        - key: titles
          area: development
          kind: higher
          thresholds: [250, 500, 1000, 750]
      """.utf8
    ).write(to: directory.file("bad.yaml"))
    let run = try PustakaBinary.run(
      [
        "score", "--data", Self.repository.appendingPathComponent("samples/ngawi").path,
        "--rubric", "bad.yaml",
      ], in: directory.url)
    #expect(run.status == 78)
    #expect(
      run.standardError
        == "bad.yaml:7: error: thresholds of 'titles' must not decrease (750 after 1000)\n")
  }
}

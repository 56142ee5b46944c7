import PustakaCore
import Testing

@testable import PustakaIngest

/// Issue 13: rows sharing a key are found library by library on all cores; every repeat is
/// still found, against the first row of its key, and reported line by line.
@Suite struct RepeatedKeysTests {
  /// 200 libraries, enough for the search to be split across threads.
  static let libraries =
    "library_id,name,village,district,regency,population\n"
    + (0..<200).map { "L\(100 + $0),Perpustakaan \($0),Desa \($0),Paron,Ngawi,4000\n" }.joined()

  @Test("repeats in libraries far apart are each found against the first row of their key")
  func reportedInReadingOrder() throws {
    let result = try DataFolder.load([
      "libraries.csv": Self.libraries,
      "attendance.csv": "library_id,date,visitors\n"
        + "L250,2026-10-01,5\nL110,2026-10-01,5\nL250,2026-10-01,5\nL110,2026-10-01,6\n"
        + "L299,2026-10-02,1\nL120,2026-10-02,3\nL299,2026-10-02,1\n",
    ])
    let conflict =
      "error: conflict: rows for library_id \"L110\", date 2026-10-01 disagree "
      + "(attendance.csv:3, attendance.csv:5); all of them are rejected"
    #expect(
      result.formattedDiagnostics == [
        "attendance.csv:3: " + conflict,
        "attendance.csv:4: warning: duplicate: identical to the row at attendance.csv:2 "
          + "(library_id \"L250\", date 2026-10-01); the first copy is kept",
        "attendance.csv:5: " + conflict,
        "attendance.csv:8: warning: duplicate: identical to the row at attendance.csv:6 "
          + "(library_id \"L299\", date 2026-10-02); the first copy is kept",
      ])
    #expect(result.dataSet.attendance.map(\.libraryID.rawValue) == ["L250", "L299", "L120"])
    #expect(result.rejectedRows.map(\.line) == [3, 4, 5, 8])
    #expect(
      result.summary(.attendance)
        == TableSummary(
          table: .attendance, files: 1, rowsRead: 7, accepted: 3, rejected: 4, warnings: 2))
  }

  @Test("a library listed twice is found among many")
  func repeatedLibrary() throws {
    let result = try DataFolder.load([
      "libraries.csv": Self.libraries + "L150,Perpustakaan 50,Desa 50,Paron,Ngawi,4000\n"
    ])
    #expect(
      result.formattedDiagnostics == [
        "libraries.csv:202: warning: duplicate: identical to the row at libraries.csv:52 "
          + "(library_id \"L150\"); the first copy is kept"
      ])
    #expect(result.dataSet.libraries.count == 200)
  }
}

import Foundation
import PustakaCore
import Testing

@testable import PustakaIngest

/// Issue 10, defect 10: a value quoted in a message shows at most 80 characters and its length.
@Suite struct Issue10QuotingTests {
  let libraries = RowErrorTests.libraries

  static let longName = String(repeating: "A", count: 33_000)
  static let excerpt = String(repeating: "A", count: 80) + "…"

  @Test("issue 10.10: a 33,000-character name is quoted as its first 80 characters and length")
  func longName() throws {
    let result = try DataFolder.load([
      "libraries.csv": "library_id,name,village,district,regency,population\n"
        + "NGW-01,\(Self.longName),Watualang,Ngawi,Ngawi,4000\n"
    ])
    #expect(
      result.formattedDiagnostics == [
        "libraries.csv:2:2: error: name \"\(Self.excerpt)\" (33,000 characters) is longer than "
          + "1000 characters"
      ])
    #expect(result.diagnostics.first?.value == Self.excerpt)
    #expect(result.rejectedRows.first?.cells[1] == Self.longName)
  }

  @Test("issue 10.10: a 10 MB value is quoted as its first 80 characters and its length")
  func tenMegabytes() throws {
    let value = String(repeating: "9x", count: 5 * 1_048_576)
    let result = try DataFolder.load([
      "libraries.csv": libraries,
      "attendance.csv": "library_id,date,visitors\nNGW-01,2026-10-01,\(value)\n",
    ])
    let excerpt = String(repeating: "9x", count: 40) + "…"
    #expect(
      result.formattedDiagnostics == [
        "attendance.csv:2:3: error: visitors \"\(excerpt)\" (10,485,760 characters) is not a "
          + "whole number"
      ])
    #expect(result.diagnostics.first?.value == excerpt)
  }

  static let longID = String(repeating: "N", count: 500)
  static let idExcerpt = String(repeating: "N", count: 80) + "…"

  @Test(
    "issue 10.10: every message quoting data shortens a long value",
    arguments: [
      (
        "attendance.csv", "library_id,date,visitors,\(longID)\nNGW-01,2026-10-01,5,\n",
        "attendance.csv:1:4: warning: unknown column \"\(idExcerpt)\" (500 characters) is ignored"
      ),
      (
        "attendance.csv", "library_id,date,visitors\nNGW-01,2026-10-01,5,\(longID)\n",
        "attendance.csv:2:4: error: column 4 holds \"\(idExcerpt)\" (500 characters) but the "
          + "header has 3 columns"
      ),
      (
        "attendance.csv", "library_id,date,visitors\n\(longID),2026-10-01,5\n",
        "attendance.csv:2:1: error: library_id \"\(idExcerpt)\" (500 characters) is not in "
          + "libraries"
      ),
    ])
  func everyQuote(file: String, text: String, expected: String) throws {
    let result = try DataFolder.load(["libraries.csv": libraries, file: text])
    #expect(result.formattedDiagnostics == [expected])
  }
}

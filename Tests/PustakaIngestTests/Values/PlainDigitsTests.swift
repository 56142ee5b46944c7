import PustakaCore
import Testing

@testable import PustakaIngest

/// Issue 13: cells of plain digits skip the number parser; they must read as it reads them,
/// up to the longest such cell, and longer ones take the parser's path to the same limits.
@Suite struct PlainDigitsTests {
  static let libraries = DataFolder.oneLibrary

  @Test("a cell of digits gives their value; a sign, a space or a 19th digit gives nil")
  func rawValues() {
    var row = RawRow()
    for text in ["007", "0", "999999999999999999", "1234567890123456789", " 12", "+5", "1.5", ""] {
      row.appendText(Array(text.utf8))
    }
    #expect(row.plainDigits(0, atMost: 18) == 7)
    #expect(row.plainDigits(1, atMost: 18) == 0)
    #expect(row.plainDigits(2, atMost: 18) == 999_999_999_999_999_999)
    #expect(row.plainDigits(2, atMost: 14) == nil)
    for index in 3...7 { #expect(row.plainDigits(index, atMost: 18) == nil) }
    #expect(row.plainDigits(8, atMost: 18) == nil)
  }

  @Test("visitors 007, 1000000000 and -0 are read; 18 or 19 digits and a full-width 7 are not")
  func wholeNumbers() throws {
    let result = try DataFolder.load([
      "libraries.csv": Self.libraries,
      "attendance.csv": "library_id,date,visitors\n"
        + "NGW-01,2026-10-01,007\nNGW-01,2026-10-02,1000000000\n"
        + "NGW-01,2026-10-03,999999999999999999\nNGW-01,2026-10-04,1234567890123456789\n"
        + "NGW-01,2026-10-05,-0\nNGW-01,2026-10-06,\u{FF17}\n",
    ])
    #expect(result.dataSet.attendance.map(\.visitors) == [7, 1_000_000_000, 0])
    #expect(
      result.diagnostics.map(\.message) == [
        "visitors \"1000000000\" is more than 20 % of the village's population 4000",
        "visitors \"999999999999999999\" is more than 1,000,000,000",
        "visitors \"1234567890123456789\" is more than 1,000,000,000",
        "visitors \"\u{FF17}\" is not a whole number",
      ])
  }

  @Test("Rp 1000000000000 (13 digits) is read; 14 and 15 digits are too large, with the message")
  func money() throws {
    let result = try DataFolder.load([
      "libraries.csv": Self.libraries,
      "budget.csv": "library_id,month,category,allocated_idr,spent_idr\n"
        + "NGW-01,2026-10,collection,1000000000000,0250000\n"
        + "NGW-01,2026-11,collection,99999999999999,0\n"
        + "NGW-01,2026-12,collection,999999999999999,0\n",
    ])
    #expect(
      result.dataSet.budget.map(\.allocated) == [Rupiah(units: 1_000_000_000_000 * 10_000)])
    #expect(result.dataSet.budget.map(\.spent) == [Rupiah(units: 250_000 * 10_000)])
    #expect(
      result.diagnostics.map(\.message) == [
        "allocated_idr \"99999999999999\" is more than Rp 1,000,000,000,000",
        "allocated_idr \"999999999999999\" is more than Rp 1,000,000,000,000",
      ])
  }
}

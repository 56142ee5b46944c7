import PustakaCore
import Testing

@testable import PustakaIngest

@Suite struct CalendarParserTests {
  static func date(_ text: String) -> String? {
    try? CalendarParser.parseDate(Array(text.utf8)[...]).get().description
  }

  static func month(_ text: String) -> String? {
    try? CalendarParser.parseMonth(Array(text.utf8)[...]).get().description
  }

  @Test(
    "dates in the contract's forms, one-digit days and months included",
    arguments: [
      ("2026-10-05", "2026-10-05"), ("05/10/2026", "2026-10-05"), ("5/10/2026", "2026-10-05"),
      ("05-10-2026", "2026-10-05"), ("2026-1-5", "2026-01-05"), ("29/02/2024", "2024-02-29"),
    ])
  func dates(text: String, expected: String) {
    #expect(Self.date(text) == expected)
  }

  @Test(
    "other date forms are refused",
    arguments: [
      "2026/10/05", "10-05-26", "5.10.2026", "2026-10", "29/02/2026", "31/04/2026",
      "05/10-2026", "2026-10-05-01", "1/2/3/2026",
    ])
  func badDates(text: String) {
    #expect(Self.date(text) == nil)
  }

  @Test(
    "months in numeric forms, as full dates and as names",
    arguments: [
      ("2026-10", "2026-10"), ("2026/10", "2026-10"), ("10/2026", "2026-10"),
      ("3/2026", "2026-03"), ("2026-10-05", "2026-10"), ("05/10/2026", "2026-10"),
      ("Oktober 2026", "2026-10"), ("Okt 2026", "2026-10"), ("Okt. 2026", "2026-10"),
      ("October 2026", "2026-10"), ("Sept 2026", "2026-09"), ("Agt 2026", "2026-08"),
      ("Pebruari 2026", "2026-02"), ("Nopember  2026", "2026-11"), ("mei\t2026", "2026-05"),
      ("DES 2026", "2026-12"), ("Agustus\u{A0}2026", "2026-08"),
    ])
  func months(text: String, expected: String) {
    #expect(Self.month(text) == expected)
  }

  @Test(
    "other month forms are refused",
    arguments: [
      "Okt", "2026", "Oktober-2026", "Okto 2026", "10-2026", "2026-13", "Oktober 26",
      "2026-10-05-01",
    ])
  func badMonths(text: String) {
    #expect(Self.month(text) == nil)
  }

  @Test(
    "YYYY-MM-DD and YYYY-MM, read on their short path, fail as the general reading does",
    arguments: [
      ("2026-02-29", CalendarParser.Failure.notInCalendar), ("2026-10-00", .notInCalendar),
      ("2026-13-01", .notInCalendar), ("2026-1a-05", .invalid), ("2026-10-5x", .invalid),
      ("2026-10+05", .invalid),
    ])
  func isoDateFailures(text: String, failure: CalendarParser.Failure) {
    #expect(
      throws: failure, performing: { try CalendarParser.parseDate(Array(text.utf8)[...]).get() })
  }

  @Test(
    "YYYY-MM months out of the calendar are not in it; other 7-byte texts are not months",
    arguments: [
      ("2026-13", CalendarParser.Failure.notInCalendar), ("2026-00", .notInCalendar),
      ("2026-1x", .invalid), ("20x6-10", .invalid),
    ])
  func isoMonthFailures(text: String, failure: CalendarParser.Failure) {
    #expect(
      throws: failure, performing: { try CalendarParser.parseMonth(Array(text.utf8)[...]).get() })
  }

  @Test("Excel serial numbers are days since 1899-12-30, skipping Excel's 1900-02-29")
  func excelSerials() {
    #expect(CalendarParser.date(excelSerial: 46_300)?.description == "2026-10-05")
    #expect(CalendarParser.date(excelSerial: 46_300.75)?.description == "2026-10-05")
    #expect(CalendarParser.date(excelSerial: 1)?.description == "1900-01-01")
    #expect(CalendarParser.date(excelSerial: 61)?.description == "1900-03-01")
    #expect(CalendarParser.date(excelSerial: 60) == nil)
    #expect(CalendarParser.date(excelSerial: 0) == nil)
  }

  @Test(
    "booleans in the contract's spellings",
    arguments: [
      ("1", true), ("0", false), ("TRUE", true), ("false", false), ("Ya", true),
      ("tidak", false), ("y", true), ("N", false), ("yes", true), ("No", false),
    ])
  func booleans(text: String, expected: Bool) {
    #expect(BooleanParser.parse(Array(text.utf8)[...]) == expected)
  }
}

import Testing

@testable import PustakaCore

@Suite struct CalendarDateTests {
  @Test("a date prints as YYYY-MM-DD") func description() throws {
    let date = try #require(CalendarDate(year: 2026, month: 10, day: 5))
    #expect(date.description == "2026-10-05")
    #expect(date.calendarMonth == Month(year: 2026, month: 10))
  }

  @Test(
    "days that no calendar has do not exist",
    arguments: [(2026, 2, 29), (2100, 2, 29), (2026, 4, 31), (2026, 13, 1), (2026, 1, 0)])
  func invalid(year: Int, month: Int, day: Int) {
    #expect(CalendarDate(year: year, month: month, day: day) == nil)
  }

  @Test("leap days exist in leap years", arguments: [2024, 2000, 2028])
  func leapDays(year: Int) {
    #expect(CalendarDate(year: year, month: 2, day: 29) != nil)
  }

  @Test("days since the epoch round-trip") func epochDays() throws {
    let date = try #require(CalendarDate(year: 2026, month: 10, day: 5))
    #expect(date.daysSinceEpoch == 20_731)
    #expect(CalendarDate(daysSinceEpoch: 20_731) == date)
    #expect(CalendarDate(daysSinceEpoch: 0)?.description == "1970-01-01")
    #expect(date.isoWeekday == 1)
  }

  @Test("dates order chronologically") func ordering() throws {
    let first = try #require(CalendarDate(year: 2026, month: 9, day: 30))
    let second = try #require(CalendarDate(year: 2026, month: 10, day: 1))
    #expect(first < second)
    #expect(first.advanced(byDays: 1) == second)
  }
}

import PustakaCore
import Testing

@testable import PustakaSample

@Suite struct SampleCalendarTests {
  private func day(_ calendar: SampleCalendar, _ text: String) throws -> SampleCalendar.Day {
    try #require(calendar.days.first { $0.date.description == text })
  }

  private func months(from year: Int, count: Int) throws -> [Month] {
    let first = try #require(Month(year: year, month: 1))
    return (0..<count).map { first.advanced(by: $0) }
  }

  @Test("Ramadan starts within a day of Indonesia's dates") func ramadan() throws {
    let calendar = SampleCalendar(months: try months(from: 2024, count: 36))
    #expect(try day(calendar, "2024-03-12").isRamadan)
    #expect(try !day(calendar, "2024-03-11").isRamadan)
    #expect(try day(calendar, "2025-03-01").isRamadan)
    #expect(try day(calendar, "2026-02-18").isRamadan)
    #expect(try !day(calendar, "2026-02-17").isRamadan)
    #expect(try !day(calendar, "2026-03-20").isRamadan)
  }

  @Test("libraries close around Idul Fitri and on public holidays") func holidays() throws {
    let calendar = SampleCalendar(months: try months(from: 2026, count: 12))
    #expect(try day(calendar, "2026-03-20").isHoliday)
    #expect(try day(calendar, "2026-08-17").isHoliday)
    #expect(try day(calendar, "2026-01-01").isHoliday)
    #expect(try !day(calendar, "2026-08-18").isHoliday)
  }

  @Test("school holidays cover late June to mid July") func schoolHolidays() throws {
    let calendar = SampleCalendar(months: try months(from: 2026, count: 12))
    #expect(try day(calendar, "2026-07-01").isSchoolHoliday)
    #expect(try !day(calendar, "2026-07-20").isSchoolHoliday)
  }

  @Test("each month's days are found by the month's position") func monthSlices() throws {
    let calendar = SampleCalendar(months: try months(from: 2026, count: 3))
    #expect(calendar.days(ofMonthAt: 1).count == 28)
    #expect(calendar.days(ofMonthAt: 2).first?.date.description == "2026-03-01")
  }
}

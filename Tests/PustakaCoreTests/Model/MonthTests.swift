import Testing

@testable import PustakaCore

@Suite struct MonthTests {
  @Test("a month prints as YYYY-MM") func description() throws {
    let month = try #require(Month(year: 2026, month: 3))
    #expect(month.description == "2026-03")
  }

  @Test("months out of range do not exist", arguments: [(2026, 0), (2026, 13), (0, 1), (10000, 1)])
  func invalid(year: Int, month: Int) {
    #expect(Month(year: year, month: month) == nil)
  }

  @Test("next and previous cross year ends") func stepping() throws {
    let december = try #require(Month(year: 2026, month: 12))
    #expect(december.next == Month(year: 2027, month: 1))
    #expect(december.next.previous == december)
    #expect(december.advanced(by: -14) == Month(year: 2025, month: 10))
    #expect(december.distance(to: december.advanced(by: 5)) == 5)
  }

  @Test("months order chronologically") func ordering() throws {
    let october = try #require(Month(year: 2026, month: 10))
    let january = try #require(Month(year: 2027, month: 1))
    #expect(october < january)
  }

  @Test("February has 29 days in a leap year") func days() throws {
    #expect(try #require(Month(year: 2024, month: 2)).numberOfDays == 29)
    #expect(try #require(Month(year: 2026, month: 2)).numberOfDays == 28)
  }
}

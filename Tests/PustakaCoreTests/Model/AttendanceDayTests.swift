import Testing

@testable import PustakaCore

/// Issue 13: a data set holds millions of attendance rows, so their counts are kept in 32
/// bits; every count the contract allows must read back as given.
@Suite struct AttendanceDayTests {
  static let day = CalendarDate(year: 2026, month: 10, day: 5)

  @Test("the contract's largest counts and a missing child count read back as given")
  func countsReadBack() throws {
    let date = try #require(Self.day)
    var row = AttendanceDay(
      libraryID: "L1", date: date, visitors: 1_000_000_000, childVisitors: nil,
      loans: 999_999_999, newMembers: 0, isOpen: false)
    #expect(row.visitors == 1_000_000_000)
    #expect(row.childVisitors == nil)
    #expect(row.loans == 999_999_999)
    #expect(row.newMembers == 0)
    #expect(!row.isOpen)
    row.childVisitors = 0
    #expect(row.childVisitors == 0)
    row.childVisitors = 7
    row.newMembers = 3
    #expect(row.childVisitors == 7)
    #expect(row.newMembers == 3)
    #expect(row != AttendanceDay(libraryID: "L1", date: date, visitors: 1_000_000_000))
  }

  @Test("a row takes 40 bytes, not the 72 of counts in 64 bits")
  func compact() {
    #expect(MemoryLayout<AttendanceDay>.stride == 40)
  }
}

import Testing

@testable import PustakaCore

@Suite struct PeriodRangeTests {
  @Test("issue 11: a range's previous period is the range of the same length before it")
  func previous() throws {
    #expect(try Period(parsing: "2025-11..2026-10").previous.description == "2024-11..2025-10")
    #expect(try Period(parsing: "2026-06..2026-10").previous.description == "2026-01..2026-05")
  }

  @Test(
    "issue 11: ranges that are not two months in order are refused",
    arguments: [
      (
        "2026-10..2026-06",
        "\"2026-10..2026-06\" is not a period: a range must start before it ends, as in"
          + " 2025-11..2026-10"
      ),
      (
        "2026-Q1..2026-10",
        "\"2026-Q1..2026-10\" is not a period: both ends of a range must be months, as in"
          + " 2025-11..2026-10"
      ),
      ("2026-01..2026-13", "\"2026-13\" is not a period: the month must be 01 to 12"),
      (
        "2026-01..",
        "\"2026-01..\" is not a period: both ends of a range must be months, as in"
          + " 2025-11..2026-10"
      ),
    ])
  func refused(text: String, message: String) {
    #expect(throws: (any Error).self) { try Period(parsing: text) }
    do {
      _ = try Period(parsing: text)
    } catch {
      #expect(error.description == message)
    }
  }

  @Test("issue 11: the 12-month window is shorter where the data starts later")
  func trailingYear() {
    let october = ScoringFixture.month("2026-10")
    let full = Period.trailingYear(endingWith: october, dataStart: ScoringFixture.month("2020-01"))
    #expect(full.description == "2025-11..2026-10")
    #expect(full.monthCount == 12)
    let short = Period.trailingYear(endingWith: october, dataStart: ScoringFixture.month("2026-06"))
    #expect(short.description == "2026-06..2026-10")
    #expect(short.monthCount == 5)
    #expect(Period.trailingYear(endingWith: october, dataStart: october) == .month(october))
    let later = Period.trailingYear(endingWith: october, dataStart: ScoringFixture.month("2027-01"))
    #expect(later == .month(october))
    #expect(Period.trailingYear(endingWith: october, dataStart: nil).monthCount == 12)
  }
}

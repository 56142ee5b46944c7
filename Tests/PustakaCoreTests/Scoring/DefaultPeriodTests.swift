import Testing

@testable import PustakaCore

@Suite struct DefaultPeriodTests {
  /// The index of one library per key of `months`, with one attendance day in each of its
  /// months.
  static func index(_ months: [String: [(Int, Int)]]) -> DataSetIndex {
    let ids = months.keys.sorted()
    let libraries = ids.map { id in
      VillageLibrary(
        id: LibraryID(id), name: id, village: "Sine", district: "Sine", regency: "Ngawi",
        province: "Jawa Timur", population: 1000, floorAreaSquareMetres: 20,
        accreditation: nil)
    }
    let attendance = ids.flatMap { id in
      (months[id] ?? []).compactMap { year, month in
        CalendarDate(year: year, month: month, day: 1).map {
          AttendanceDay(
            libraryID: LibraryID(id), date: $0, visitors: 5, childVisitors: nil, loans: 1,
            newMembers: 0)
        }
      }
    }
    return DataSetIndex(DataSet(libraries: libraries, attendance: attendance))
  }

  @Test("issue 10.13: one row dated 2062 is passed over for the month most libraries report")
  func mistypedYearIsPassedOver() throws {
    let october = [(2026, 9), (2026, 10)]
    let index = Self.index([
      "L1": october + [(2062, 3)], "L2": october, "L3": october, "L4": [(2026, 9)],
    ])
    let chosen = try #require(DefaultPeriod(index))
    #expect(chosen.month == Month(year: 2026, month: 10))
    #expect(chosen.reporting == 3)
    #expect(chosen.librariesWithAttendance == 4)
    #expect(chosen.passedOver?.month == Month(year: 2062, month: 3))
    #expect(
      chosen.explanation
        == "period 2026-10: the latest month in which at least half of the 4 libraries with "
        + "attendance report (3 do); 2062-03 has attendance from only 1; pass --period to "
        + "choose another")
  }

  @Test("exactly half of the libraries is enough; fewer than half is not")
  func halfIsEnough() throws {
    let index = Self.index([
      "L1": [(2026, 9), (2026, 10), (2026, 11)], "L2": [(2026, 9), (2026, 10)],
      "L3": [(2026, 9)], "L4": [(2026, 9)],
    ])
    // 2026-11: 1 of 4 (too few); 2026-10: 2 of 4 (half).
    #expect(DefaultPeriod(index)?.month == Month(year: 2026, month: 10))
  }

  @Test("no attendance gives no default period")
  func noAttendance() {
    #expect(DefaultPeriod(Self.index(["L1": []])) == nil)
  }
}

import Foundation
import PustakaCore
import PustakaIngest
import Testing

/// Issue 12.1: an empty optional cell, or an absent optional column, stands for the default
/// the contract declares (data-contract.md: loans, new_members, acquired and weeded copies,
/// hours, paid staff, volunteers and volunteer hours 0; open true; source dana_desa;
/// village_type desa).
@Suite("Declared defaults")
struct DeclaredDefaultTests {
  @Test("empty cells and absent columns take the contract's defaults")
  func defaults() throws {
    let result = try DataFolder.load([
      "libraries.csv": "library_id,name,village,village_type,district,regency,population\n"
        + "L1,Taman Baca,Beran,,Ngawi,Ngawi,3000\n",
      "attendance.csv": "library_id,date,visitors,loans,new_members,open\nL1,2026-10-01,5,,,\n",
      "budget.csv": "library_id,month,category,source,allocated_idr,spent_idr\n"
        + "L1,2026-10,collection,,100,50\n",
      "collection.csv": "library_id,month,category,titles,copies\nL1,2026-10,fiction,10,12\n",
      "activities.csv": "library_id,date,type,participants,hours\nL1,2026-10-03,talk,9,\n",
      "operations.csv": "library_id,month,trained_staff\nL1,2026-10,1\n",
    ])
    #expect(result.diagnostics.map(\.formatted) == [])
    let data = result.dataSet
    let october = try #require(Month(year: 2026, month: 10))
    let library = LibraryID("L1")
    #expect(data.libraries.map(\.villageType) == [.desa])
    #expect(
      data.attendance == [
        AttendanceDay(
          libraryID: library, date: try #require(CalendarDate(year: 2026, month: 10, day: 1)),
          visitors: 5, loans: 0, newMembers: 0, isOpen: true)
      ])
    #expect(data.budget.map(\.source) == [.danaDesa])
    #expect(data.collection.map(\.acquiredCopies) == [0])
    #expect(data.collection.map(\.weededCopies) == [0])
    #expect(data.activities.map(\.hours) == [0])
    #expect(
      data.operations == [
        OperationsSnapshot(
          libraryID: library, month: october, paidStaff: 0, volunteers: 0, volunteerHours: 0,
          trainedStaff: 1)
      ])
  }
}

import Testing

@testable import PustakaCore

@Suite struct StaffFiguresTests {
  @Test("issue 11: staff, trained staff against the standard, volunteers and their hours")
  func handCounts() throws {
    var fixture = ScoringFixture()
    for id in ["L-0", "L-1", "L-2", "L-3", "L-U", "L-X", "L-N"] {
      fixture.library(LibraryID(id))
    }
    for id in ["L-0", "L-1", "L-2", "L-3", "L-U", "L-X"] {
      fixture.attendance(LibraryID(id), "2026-10", openDays: 10, visitors: 100)
    }
    fixture.operations("L-0", "2026-10", trained: 0, volunteerHours: 0, paidStaff: 1)
    fixture.operations("L-1", "2026-10", trained: 1, volunteerHours: 12.5, volunteers: 2)
    fixture.operations("L-2", "2026-10", trained: 2, volunteerHours: 30, paidStaff: 2)
    // Snapshot carried from September: its hours are September's, not October's.
    fixture.operations("L-3", "2026-09", trained: 3, volunteerHours: 40, volunteers: 4)
    fixture.operations("L-U", "2026-10", trained: nil, volunteerHours: 7.5, volunteers: 1)
    // L-X sends no operations row; L-N does not report and is not counted.
    fixture.operations("L-N", "2026-10", trained: 0, volunteerHours: 100, volunteers: 9)
    let report = PeriodReport(dataSet: fixture.dataSet, period: try Period(parsing: "2026-10"))
    let staff = try #require(report.statistics.regencies.first).figures.staffing
    #expect(staff.libraries == 6)
    #expect(staff.paidStaff == 3)
    #expect(staff.trainedStaff == 6)
    #expect(staff.volunteers == 7)
    #expect(staff.volunteerHours == 50)
    #expect(staff.withoutTrainedStaff == 1)
    #expect(staff.withOneTrainedStaff == 1)
    #expect(staff.withTrainedStaffToStandard == 2)
    #expect(staff.trainedStaffUnknown == 2)
    #expect(staff.belowTrainedStaffStandard == 2)
    #expect(staff.withoutVolunteerHours == 1)
    #expect(staff.volunteerHoursUnknown == 2)
    #expect(staff.hoursPerVolunteer == 50.0 / 7)
  }
}

/// Staff and volunteers of a library, district or regency (*tenaga dan relawan*): the
/// resources theme of the evaluation meeting, as figures.
///
/// Counted over the group's reporting libraries, from each one's operations snapshot (the
/// latest operations row within the 12 months ending with the period's last month) and from
/// its operations rows in the period (volunteer hours). A library without an operations
/// snapshot, or whose snapshot leaves `trained_staff` empty, counts as "trained staff not
/// known", never as having none.
///
/// Example: 210 reporting libraries of which 41 have no trained staff, 30 logged 0 volunteer
/// hours in the month and 2 sent no operations row; 3,729 volunteer hours in all.
package struct StaffFigures: Hashable, Sendable {
  /// The national standard for a village library: two trained staff.
  package static let trainedStaffStandard = 2

  /// Reporting libraries counted.
  package var libraries = 0
  /// Paid staff, summed over the snapshots.
  package var paidStaff = 0
  /// Trained staff, summed over the snapshots that give it.
  package var trainedStaff = 0
  /// Volunteers, summed over the snapshots.
  package var volunteers = 0
  /// Volunteer hours given in the period.
  package var volunteerHours = 0.0
  /// Libraries whose snapshot gives 0 trained staff.
  package var withoutTrainedStaff = 0
  /// Libraries with 1 trained staff member (below the standard of 2).
  package var withOneTrainedStaff = 0
  /// Libraries with 2 or more trained staff (the standard met).
  package var withTrainedStaffToStandard = 0
  /// Libraries without a snapshot or whose snapshot leaves `trained_staff` empty.
  package var trainedStaffUnknown = 0
  /// Libraries whose operations rows in the period give 0 volunteer hours.
  package var withoutVolunteerHours = 0
  /// Libraries with no operations row in the period (volunteer hours not known).
  package var volunteerHoursUnknown = 0

  /// No libraries.
  package init() {}

  /// The figures of one library's period (nothing counted when it does not report).
  package init(_ figures: LibraryPeriodFigures) {
    add(figures)
  }

  /// Counts one more library's period (nothing when it does not report).
  package mutating func add(_ figures: LibraryPeriodFigures) {
    guard figures.isReporting else { return }
    libraries += 1
    if let snapshot = figures.operationsSnapshot {
      paidStaff += snapshot.paidStaff
      volunteers += snapshot.volunteers
    }
    addTrained(figures.operationsSnapshot?.trainedStaff)
    addHours(figures.operationsInPeriod)
  }

  private mutating func addTrained(_ count: Int?) {
    guard let count else {
      trainedStaffUnknown += 1
      return
    }
    trainedStaff += count
    switch count {
    case 0: withoutTrainedStaff += 1
    case 1: withOneTrainedStaff += 1
    default: withTrainedStaffToStandard += 1
    }
  }

  private mutating func addHours(_ operations: OperationsInPeriod?) {
    guard let operations else {
      volunteerHoursUnknown += 1
      return
    }
    volunteerHours += operations.volunteerHours
    if operations.volunteerHours == 0 { withoutVolunteerHours += 1 }
  }

  /// Volunteer hours per volunteer in the period; `nil` without volunteers.
  package var hoursPerVolunteer: Double? {
    volunteers == 0 ? nil : volunteerHours / Double(volunteers)
  }

  /// Libraries below the standard of 2 trained staff (0 or 1), unknown ones left out.
  package var belowTrainedStaffStandard: Int {
    withoutTrainedStaff + withOneTrainedStaff
  }
}

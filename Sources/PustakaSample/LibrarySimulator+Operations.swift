import PustakaCore

extension LibrarySimulator {
  /// The month-end staffing and membership, month by month.
  ///
  /// Volunteers come and go one at a time and give fewer hours in the fasting month; some
  /// libraries send a volunteer to the regency's training (*bimtek*) once in the period;
  /// members grow with each month's new members and a few lapse each January. Silent months
  /// and snapshot gaps have no row.
  func simulateOperations(newMembers: [Int]) -> [OperationsSnapshot] {
    var random = random(.operations)
    var volunteers = profile.volunteers
    var trained = profile.trainedStaff
    var members = profile.initialMembers
    let trainingMonth = random.chance(0.25) ? random.int(in: 0...(options.months - 1)) : nil
    var rows: [OperationsSnapshot] = []
    for (position, month) in options.allMonths.enumerated() {
      if random.chance(0.08) {
        volunteers = max(0, volunteers + (random.chance(0.5) ? 1 : -1))
      }
      if position == trainingMonth { trained += 1 }
      if month.month == 1 { members -= members / 20 }
      members += newMembers[position]
      let ramadan = calendar.days(ofMonthAt: position).filter(\.isRamadan).count > 10
      let hours =
        Double(volunteers) * profile.hoursPerVolunteer * (ramadan ? 0.7 : 1)
        * random.uniform(0.7, 1.3)
      guard !silentMonths[position] && !operationsGaps[position] else { continue }
      rows.append(
        OperationsSnapshot(
          libraryID: site.id, month: month, paidStaff: profile.paidStaff, volunteers: volunteers,
          volunteerHours: Double(Self.rounded(hours * 2, step: 1)) / 2,
          trainedStaff: min(trained, profile.paidStaff + volunteers), registeredMembers: members))
    }
    return rows
  }
}

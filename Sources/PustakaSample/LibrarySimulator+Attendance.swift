import PustakaCore

extension LibrarySimulator {
  /// The opening days of the period and the new members of each month.
  struct AttendanceResult {
    /// One row per opening day, by date.
    var days: [AttendanceDay]
    /// Members who joined, by month position.
    var newMembers: [Int]
  }

  /// The library's opening days with visitors, children, loans and new members.
  ///
  /// The library opens on its weekdays except public holidays, the Idul Fitri break and the
  /// odd closed day. Saturdays and Sundays bring more children, Fridays fewer visitors; the
  /// fasting month brings about a third fewer, school holidays a fifth more and more children.
  /// Visitors never exceed a fifth of the village's population less one.
  func simulateAttendance() -> AttendanceResult {
    var random = random(.attendance)
    var rows: [AttendanceDay] = []
    rows.reserveCapacity(options.months * 27)
    var newMembers = [Int](repeating: 0, count: options.months)
    let ceiling = max(0, site.population / 5 - 1)
    for position in 0..<options.months where !silentMonths[position] {
      let level = profile.visitorsPerDay * trendFactor(position)
      for day in calendar.days(ofMonthAt: position) {
        let weekday = day.date.isoWeekday
        guard profile.opensOn[weekday], !day.isHoliday, !random.chance(profile.closureChance)
        else { continue }
        var mean = level
        switch weekday {
        case 5: mean *= 0.8
        case 6, 7: mean *= 1.25
        default: break
        }
        if day.isRamadan { mean *= 0.65 }
        var childShare = profile.childShare
        if day.isSchoolHoliday {
          mean *= 1.2
          childShare = min(0.85, childShare * 1.25)
        }
        if weekday >= 6 { childShare = min(0.85, childShare * 1.15) }
        let visitors = min(ceiling, random.count(mean: mean))
        let expectedChildren = Double(visitors) * childShare
        let spread = (expectedChildren * (1 - childShare)).squareRoot()
        let children = min(
          visitors, max(0, Int((expectedChildren + spread * random.normal()).rounded())))
        let loans = random.count(mean: Double(visitors) * profile.loansPerVisitor)
        let joined = random.count(mean: Double(visitors) * profile.newMembersPerVisitor)
        newMembers[position] += joined
        rows.append(
          AttendanceDay(
            libraryID: site.id, date: day.date, visitors: visitors, childVisitors: children,
            loans: loans, newMembers: joined))
      }
    }
    return AttendanceResult(days: rows, newMembers: newMembers)
  }
}

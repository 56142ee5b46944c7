/// The period reported when none is given: the latest month in which at least half of the
/// libraries with attendance data report.
///
/// The latest month with any attendance row is not a safe default: one row mistyped as 2062
/// would make 2062 the period and every library "not reporting". A month counts when at least
/// half of the libraries that have attendance in any month have attendance in it (`2 x
/// reporting >= libraries`). Worked example: 210 libraries have attendance; 2026-10 has rows
/// from 205 of them and 2062-03 from 1, so the default is 2026-10.
package struct DefaultPeriod: Sendable, Equatable {
  /// The month chosen.
  package var month: Month
  /// Libraries with attendance in `month`.
  package var reporting: Int
  /// Libraries with attendance in any month.
  package var librariesWithAttendance: Int
  /// The latest month with any attendance, when it is later than `month` (it had too few
  /// libraries), with its count of reporting libraries.
  package var passedOver: (month: Month, reporting: Int)?

  /// The default period of `index`, or `nil` when it has no attendance row.
  package init?(_ index: DataSetIndex) {
    var librariesByOrdinal: [Int: Int] = [:]
    var libraries = 0
    for months in index.monthsByLibrary {
      let ordinals = months.attendance.filledOrdinals
      guard !ordinals.isEmpty else { continue }
      libraries += 1
      for ordinal in ordinals { librariesByOrdinal[ordinal, default: 0] += 1 }
    }
    let ordered = librariesByOrdinal.keys.sorted(by: >)
    guard let latest = ordered.first,
      let chosen = ordered.first(where: { 2 * (librariesByOrdinal[$0] ?? 0) >= libraries }),
      let month = Month(year: chosen / 12, month: chosen % 12 + 1),
      let latestMonth = Month(year: latest / 12, month: latest % 12 + 1)
    else { return nil }
    self.month = month
    self.reporting = librariesByOrdinal[chosen] ?? 0
    self.librariesWithAttendance = libraries
    self.passedOver = latest == chosen ? nil : (latestMonth, librariesByOrdinal[latest] ?? 0)
  }

  /// The period: the month chosen.
  package var period: Period { .month(month) }

  /// One sentence saying which period was chosen and why, for the run's log.
  ///
  /// `period 2026-10: the latest month in which at least half of the 210 libraries with
  /// attendance report (205 do); 2062-03 has attendance from only 1; pass --period to choose
  /// another`.
  package var explanation: String {
    let libraries = librariesWithAttendance == 1 ? "library" : "libraries"
    var text =
      "period \(month): the latest month in which at least half of the "
      + "\(librariesWithAttendance) \(libraries) with attendance report (\(reporting) "
      + (reporting == 1 ? "does)" : "do)")
    if let passedOver {
      text += "; \(passedOver.month) has attendance from only \(passedOver.reporting)"
    }
    return text + "; pass --period to choose another"
  }

  package static func == (left: DefaultPeriod, right: DefaultPeriod) -> Bool {
    left.month == right.month && left.reporting == right.reporting
      && left.librariesWithAttendance == right.librariesWithAttendance
      && left.passedOver?.month == right.passedOver?.month
      && left.passedOver?.reporting == right.passedOver?.reporting
  }
}

import PustakaCore

/// The days of the sample's period with what shapes a village library's year: public holidays,
/// the fasting month (*Ramadan*) and Idul Fitri, and school holidays.
///
/// Ramadan follows the mean lunar year of 354.367 days from 1 Ramadan 1446 = 2025-03-01
/// (Indonesia's date), which gives 2024-03-12 and 2026-02-18 within a day of the official
/// dates. The libraries close from two days before Idul Fitri to four days after it (*cuti
/// bersama*) and on New Year's Day, Labour Day, Pancasila Day, Independence Day and Christmas.
/// School holidays run from 21 June to 13 July and from 20 December to 4 January.
struct SampleCalendar: Sendable {
  /// What kind of day a date is.
  struct Day: Sendable {
    /// The date.
    var date: CalendarDate
    /// Whether libraries are closed (a public holiday or the Idul Fitri break).
    var isHoliday: Bool
    /// Whether the date falls in the fasting month.
    var isRamadan: Bool
    /// Whether schools are on holiday.
    var isSchoolHoliday: Bool
  }

  /// Every day from the first to the last of the sample's months, in order.
  let days: [Day]
  /// The index in `days` of each month's first day, by the month's position in the period.
  let monthStarts: [Int]

  /// Builds the calendar of `months`, which are consecutive.
  init(months: [Month]) {
    var days: [Day] = []
    var starts: [Int] = []
    let years = Set(months.map(\.year))
    var ramadanDays = Set<Int>()
    var eidBreak = Set<Int>()
    for year in years {
      for hijri in Self.hijriYears(around: year) {
        let first = Self.firstOfRamadan(hijri)
        for offset in 0..<30 { ramadanDays.insert(first + offset) }
        for offset in 28..<35 { eidBreak.insert(first + offset) }
      }
    }
    for month in months {
      starts.append(days.count)
      for day in 1...month.numberOfDays {
        guard let date = CalendarDate(year: month.year, month: month.month, day: day) else {
          continue
        }
        let serial = date.daysSinceEpoch
        days.append(
          Day(
            date: date,
            isHoliday: eidBreak.contains(serial) || Self.isFixedHoliday(date),
            isRamadan: ramadanDays.contains(serial),
            isSchoolHoliday: Self.isSchoolHoliday(date)))
      }
    }
    self.days = days
    self.monthStarts = starts
  }

  /// The days of the month at position `index` of the period.
  func days(ofMonthAt index: Int) -> ArraySlice<Day> {
    let end = index + 1 < monthStarts.count ? monthStarts[index + 1] : days.count
    return days[monthStarts[index]..<end]
  }

  /// The day number (since 1970-01-01) of 1 Ramadan of the Hijri year `hijri`.
  static func firstOfRamadan(_ hijri: Int) -> Int {
    guard let reference = CalendarDate(year: 2025, month: 3, day: 1) else {
      preconditionFailure("2025-03-01 is a date")
    }
    let offset = (hijri - 1446) * 354_367
    let days = offset >= 0 ? (offset + 500) / 1000 : -((-offset + 500) / 1000)
    return reference.daysSinceEpoch + days
  }

  /// The Hijri years whose Ramadan may touch the Gregorian `year`.
  static func hijriYears(around year: Int) -> ClosedRange<Int> {
    let estimate = 1446 + (year - 2025) * 365_242 / 354_367
    return (estimate - 1)...(estimate + 1)
  }

  private static func isFixedHoliday(_ date: CalendarDate) -> Bool {
    switch (date.month, date.day) {
    case (1, 1), (5, 1), (6, 1), (8, 17), (12, 25): return true
    default: return false
    }
  }

  private static func isSchoolHoliday(_ date: CalendarDate) -> Bool {
    switch date.month {
    case 6: return date.day >= 21
    case 7: return date.day <= 13
    case 12: return date.day >= 20
    case 1: return date.day <= 4
    default: return false
    }
  }
}

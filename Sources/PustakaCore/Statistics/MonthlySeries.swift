/// One month of a library's, district's or regency's activity, for trend charts.
package struct MonthlyPoint: Hashable, Sendable {
  /// The month.
  package var month: Month
  /// Libraries with an attendance row in the month.
  package var reporting: Int
  /// Visitors (closed-day rows included).
  package var visitors: Int
  /// Copies lent out.
  package var loans: Int
  /// Members who joined.
  package var newMembers: Int
  /// Activities held.
  package var activities: Int
  /// Activity participants.
  package var participants: Int
  /// Money allocated (rupiah).
  package var allocated: Rupiah
  /// Money spent (rupiah).
  package var spent: Rupiah
}

/// A group's last 12 months (and the 12 before, for year-over-year changes).
///
/// `months` runs over the 12 months ending with the period's last month, oldest first;
/// `previousYear` holds the same months a year earlier.
package struct MonthlySeries: Hashable, Sendable {
  /// The 12 months ending with the period's last month.
  package var months: [MonthlyPoint]
  /// The same months one year earlier.
  package var previousYear: [MonthlyPoint]

  /// The series of the libraries at `positions` for the 12 months ending with `period`'s last
  /// month.
  package init(index: DataSetIndex, positions: [Int], endingWith period: Period) {
    let last = period.lastMonth
    func point(_ month: Month) -> MonthlyPoint {
      var result = MonthlyPoint(
        month: month, reporting: 0, visitors: 0, loans: 0, newMembers: 0, activities: 0,
        participants: 0, allocated: .zero, spent: .zero)
      let ordinal = month.ordinal
      for position in positions {
        let months = index.monthsByLibrary[position]
        if let attendance = months.attendance[ordinal] {
          result.reporting += 1
          result.visitors += attendance.visitors
          result.loans += attendance.loans
          result.newMembers += attendance.newMembers
        }
        if let events = months.activities[ordinal] {
          result.activities += events.count
          result.participants += events.participants
        }
        if let budget = months.budget[ordinal] {
          result.allocated += budget.allocated
          result.spent += budget.spent
        }
      }
      return result
    }
    months = (0..<12).map { point(last.advanced(by: $0 - 11)) }
    previousYear = (0..<12).map { point(last.advanced(by: $0 - 23)) }
  }

  /// The change of `metric` from the month before, in percent, for each of the 12 months.
  ///
  /// `(this - before) / before x 100`; `nil` where the month before is 0. Example: visitors
  /// 200 then 250 give 25. The first month compares with the last month of `previousYear`.
  package func monthOverMonth(_ metric: (MonthlyPoint) -> Double) -> [Double?] {
    let all = previousYear + months
    return (12..<24).map { Self.change(metric(all[$0 - 1]), metric(all[$0])) }
  }

  /// The change of `metric` from the same month a year earlier, in percent.
  ///
  /// `nil` where that month is 0 (or has no data).
  package func yearOverYear(_ metric: (MonthlyPoint) -> Double) -> [Double?] {
    zip(previousYear, months).map { Self.change(metric($0), metric($1)) }
  }

  /// `(now - before) / before x 100`, or `nil` when `before` is 0.
  package static func change(_ before: Double, _ now: Double) -> Double? {
    before == 0 ? nil : (now - before) / before * 100
  }
}

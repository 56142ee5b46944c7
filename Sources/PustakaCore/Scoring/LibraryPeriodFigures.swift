/// What one library recorded in a period, summed, with its snapshots: the inputs of every
/// indicator and statistic.
///
/// A table's sum is `nil` when the library has no row of it in the period (missing, not zero);
/// `activities` alone is zero then, because activities are events.
package struct LibraryPeriodFigures: Hashable, Sendable {
  /// The library.
  package var library: VillageLibrary
  /// The period.
  package var period: Period
  /// Attendance in the period; `nil` when the library does not report.
  package var attendance: AttendanceTotals?
  /// Budget lines of the period's months.
  package var budget: BudgetTotals?
  /// Budget lines from January to the period's last month (year to date).
  package var budgetYearToDate: BudgetTotals?
  /// Collection rows of the period's months (their flows: acquired and weeded copies).
  package var collectionFlows: CollectionTotals?
  /// The collection snapshot: the latest month within the 12 months ending with the period's
  /// last month with any collection row, summed over that month's categories.
  package var collectionSnapshot: CollectionSnapshot?
  /// The operations rows of the period: their number and summed volunteer hours.
  package var operationsInPeriod: OperationsInPeriod?
  /// The operations snapshot: the latest operations row within the 12 months ending with the
  /// period's last month.
  package var operationsSnapshot: OperationsSnapshot?
  /// Activities in the period (zero when none).
  package var activities: ActivityTotals
  /// Distinct partners (`NameFolding.partnerKey`) of the activities in the 12 months ending
  /// with the period's last month.
  package var partnerCount: Int

  /// Whether the library reports in the period: at least one attendance row in it.
  package var isReporting: Bool { attendance != nil }

  /// Whether the collection snapshot comes from a month before the period's last month.
  package var isCollectionCarriedForward: Bool {
    collectionSnapshot.map { $0.month != period.lastMonth } ?? false
  }

  /// Whether the operations snapshot comes from a month before the period's last month.
  package var isOperationsCarriedForward: Bool {
    operationsSnapshot.map { $0.month != period.lastMonth } ?? false
  }
}

extension DataSetIndex {
  /// The figures of the library at `position` (in `dataSet.libraries`) for `period`.
  package func periodFigures(_ position: Int, _ period: Period) -> LibraryPeriodFigures {
    let library = dataSet.libraries[position]
    let months = monthsByLibrary[position]
    var attendance: AttendanceTotals?
    var budget: BudgetTotals?
    var flows: CollectionTotals?
    var operations: OperationsInPeriod?
    var activities = ActivityTotals()
    let first = period.firstMonth.ordinal
    let last = period.lastMonth.ordinal
    for ordinal in first...last {
      if let day = months.attendance[ordinal] { attendance.add(day) }
      if let lines = months.budget[ordinal] { budget.add(lines) }
      if let stock = months.collection[ordinal] { flows.add(stock) }
      if let row = months.operations[ordinal] {
        operations = OperationsInPeriod(
          rows: (operations?.rows ?? 0) + 1,
          volunteerHours: (operations?.volunteerHours ?? 0) + row.volunteerHours)
      }
      if let events = months.activities[ordinal] { activities.add(events) }
    }
    var yearToDate: BudgetTotals?
    let january = period.lastMonth.year * 12
    for ordinal in january...last {
      if let lines = months.budget[ordinal] { yearToDate.add(lines) }
    }
    var collectionSnapshot: CollectionSnapshot?
    var operationsSnapshot: OperationsSnapshot?
    var partners = PartnerSet()
    for ordinal in stride(from: last, to: last - 12, by: -1) {
      // `case .none` rather than `== nil`, which would compare two optional snapshots.
      if case .none = collectionSnapshot, let stock = months.collection[ordinal],
        let month = Month(year: ordinal / 12, month: ordinal % 12 + 1)
      {
        collectionSnapshot = CollectionSnapshot(month: month, stock: stock)
      }
      if case .none = operationsSnapshot, let row = months.operations[ordinal] {
        operationsSnapshot = row
      }
      if let month = months.partners[ordinal] { partners.formUnion(month) }
    }
    return LibraryPeriodFigures(
      library: library, period: period, attendance: attendance, budget: budget,
      budgetYearToDate: yearToDate, collectionFlows: flows, collectionSnapshot: collectionSnapshot,
      operationsInPeriod: operations, operationsSnapshot: operationsSnapshot,
      activities: activities, partnerCount: partners.count)
  }
}

extension Optional where Wrapped == AttendanceTotals {
  fileprivate mutating func add(_ other: AttendanceTotals) {
    if self == nil { self = other } else { self?.add(other) }
  }
}

extension Optional where Wrapped == BudgetTotals {
  fileprivate mutating func add(_ other: BudgetTotals) {
    if self == nil { self = other } else { self?.add(other) }
  }
}

extension Optional where Wrapped == CollectionTotals {
  fileprivate mutating func add(_ other: CollectionTotals) {
    if self == nil { self = other } else { self?.add(other) }
  }
}

/// A library's collection stock at the end of the snapshot month, summed over its categories.
package struct CollectionSnapshot: Hashable, Sendable {
  /// The month the stock was counted.
  package var month: Month
  /// The stock (and that month's flows).
  package var stock: CollectionTotals
}

/// A library's operations rows of a period: how many, and the volunteer hours they give.
package struct OperationsInPeriod: Hashable, Sendable {
  /// Operations rows in the period.
  package var rows: Int
  /// Volunteer hours summed over them.
  package var volunteerHours: Double
}

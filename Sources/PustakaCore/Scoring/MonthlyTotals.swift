/// A library's attendance summed over some days (*rekap kunjungan*).
package struct AttendanceTotals: Hashable, Sendable {
  /// Attendance rows, open or closed.
  package var rows = 0
  /// Rows with `open` true (distinct dates: the loader keeps one row per library and date).
  package var openDays = 0
  /// Visitors on all rows, closed-day rows included.
  package var visitors = 0
  /// Children among the visitors, summed over the rows that give `child_visitors`.
  package var childVisitors = 0
  /// Visitors on the rows that give `child_visitors` (the denominator of the children's share).
  package var visitorsWithChildCount = 0
  /// Copies lent out.
  package var loans = 0
  /// Members who joined.
  package var newMembers = 0

  /// No rows at all.
  package init() {}

  /// Adds one attendance row.
  package mutating func add(_ day: AttendanceDay) {
    rows += 1
    if day.isOpen { openDays += 1 }
    visitors += day.visitors
    if let children = day.childVisitors {
      childVisitors += children
      visitorsWithChildCount += day.visitors
    }
    loans += day.loans
    newMembers += day.newMembers
  }

  /// Adds totals of other days.
  package mutating func add(_ other: AttendanceTotals) {
    rows += other.rows
    openDays += other.openDays
    visitors += other.visitors
    childVisitors += other.childVisitors
    visitorsWithChildCount += other.visitorsWithChildCount
    loans += other.loans
    newMembers += other.newMembers
  }
}

/// Budget lines summed (*rekap anggaran*): allocated and spent by category and by source, in
/// `Rupiah.units` (ten-thousandths of a rupiah), so that sums stay exact.
package struct BudgetTotals: Hashable, Sendable {
  /// Budget rows summed.
  package var rows = 0
  /// Allocated per category, in `BudgetCategory.allCases` order (lanes 5-7 unused).
  package var allocatedByCategory = SIMD8<Int64>()
  /// Spent per category, in `BudgetCategory.allCases` order.
  package var spentByCategory = SIMD8<Int64>()
  /// Allocated per source, in `FundingSource.allCases` order.
  package var allocatedBySource = SIMD8<Int64>()
  /// Spent per source, in `FundingSource.allCases` order.
  package var spentBySource = SIMD8<Int64>()

  /// No rows at all.
  package init() {}

  /// Adds one budget line.
  package mutating func add(_ entry: BudgetEntry) {
    rows += 1
    let category = Lanes.budgetCategory.firstIndex(of: entry.category) ?? 0
    let source = Lanes.fundingSource.firstIndex(of: entry.source) ?? 0
    let allocated = entry.allocated.units
    let spent = entry.spent.units
    allocatedByCategory[category] = Self.saturating(allocatedByCategory[category], allocated)
    spentByCategory[category] = Self.saturating(spentByCategory[category], spent)
    allocatedBySource[source] = Self.saturating(allocatedBySource[source], allocated)
    spentBySource[source] = Self.saturating(spentBySource[source], spent)
  }

  /// Adds other totals.
  package mutating func add(_ other: BudgetTotals) {
    rows += other.rows
    allocatedByCategory = Self.saturating(allocatedByCategory, other.allocatedByCategory)
    spentByCategory = Self.saturating(spentByCategory, other.spentByCategory)
    allocatedBySource = Self.saturating(allocatedBySource, other.allocatedBySource)
    spentBySource = Self.saturating(spentBySource, other.spentBySource)
  }

  /// All money allocated.
  package var allocated: Rupiah { Rupiah(units: Self.total(allocatedByCategory)) }
  /// All money spent.
  package var spent: Rupiah { Rupiah(units: Self.total(spentByCategory)) }

  // Amounts are >= 0 (the loader refuses negative ones), so a sum past `Int64.max` (about
  // Rp 9.2 x 10^14, only reachable by a file of absurd amounts) stays at `Int64.max` instead
  // of wrapping round to a negative total.

  /// `lhs + rhs`, or `Int64.max` where that overflows.
  static func saturating(_ lhs: Int64, _ rhs: Int64) -> Int64 {
    let (sum, overflow) = lhs.addingReportingOverflow(rhs)
    return overflow ? (rhs > 0 ? .max : .min) : sum
  }

  /// `lhs + rhs` lane by lane, `Int64.max` in the lanes that overflow.
  static func saturating(_ lhs: SIMD8<Int64>, _ rhs: SIMD8<Int64>) -> SIMD8<Int64> {
    var sum = lhs &+ rhs
    // Amounts are never negative, and two that are not overflow only into a negative sum:
    // when no lane of either side or of the sum has its sign bit set, nothing overflowed,
    // and the masked replacement (slow for SIMD masks) is not needed.
    let signs = lhs | rhs | sum
    let anySign =
      (signs[0] | signs[1] | signs[2] | signs[3] | signs[4] | signs[5] | signs[6] | signs[7]) < 0
    guard anySign else { return sum }
    sum.replace(with: .max, where: (rhs .> 0) .& (sum .< lhs))
    return sum
  }

  /// The sum of the lanes, `Int64.max` where it overflows.
  static func total(_ lanes: SIMD8<Int64>) -> Int64 {
    lanes.indices.reduce(0) { saturating($0, lanes[$1]) }
  }
  /// Money allocated for `category`.
  package func allocated(_ category: BudgetCategory) -> Rupiah {
    Rupiah(units: allocatedByCategory[Lanes.budgetCategory.firstIndex(of: category) ?? 0])
  }
  /// Money spent on `category`.
  package func spent(_ category: BudgetCategory) -> Rupiah {
    Rupiah(units: spentByCategory[Lanes.budgetCategory.firstIndex(of: category) ?? 0])
  }
  /// Money allocated from `source`.
  package func allocated(_ source: FundingSource) -> Rupiah {
    Rupiah(units: allocatedBySource[Lanes.fundingSource.firstIndex(of: source) ?? 0])
  }
  /// Money spent from `source`.
  package func spent(_ source: FundingSource) -> Rupiah {
    Rupiah(units: spentBySource[Lanes.fundingSource.firstIndex(of: source) ?? 0])
  }
}

/// Collection rows summed (*rekap koleksi*): stock and flows, by category.
///
/// Stock (`titles`, `copies`) is meaningful for one month (a snapshot); flows
/// (`acquired`, `weeded`) add up over months.
package struct CollectionTotals: Hashable, Sendable {
  /// Collection rows summed.
  package var rows = 0
  /// Titles per category, in `CollectionCategory.allCases` order (lanes 6-7 unused).
  package var titlesByCategory = SIMD8<Int>()
  /// Copies per category.
  package var copiesByCategory = SIMD8<Int>()
  /// Copies acquired per category.
  package var acquiredByCategory = SIMD8<Int>()
  /// Copies weeded per category.
  package var weededByCategory = SIMD8<Int>()

  /// No rows at all.
  package init() {}

  /// Adds one stock row.
  package mutating func add(_ stock: CollectionStock) {
    rows += 1
    let lane = Lanes.collectionCategory.firstIndex(of: stock.category) ?? 0
    titlesByCategory[lane] += stock.titles
    copiesByCategory[lane] += stock.copies
    acquiredByCategory[lane] += stock.acquiredCopies
    weededByCategory[lane] += stock.weededCopies
  }

  /// Adds other totals.
  package mutating func add(_ other: CollectionTotals) {
    rows += other.rows
    titlesByCategory &+= other.titlesByCategory
    copiesByCategory &+= other.copiesByCategory
    acquiredByCategory &+= other.acquiredByCategory
    weededByCategory &+= other.weededByCategory
  }

  /// Titles, all categories.
  package var titles: Int { titlesByCategory.wrappedSum() }
  /// Copies, all categories.
  package var copies: Int { copiesByCategory.wrappedSum() }
  /// Copies acquired, all categories.
  package var acquired: Int { acquiredByCategory.wrappedSum() }
  /// Copies weeded, all categories.
  package var weeded: Int { weededByCategory.wrappedSum() }
}

/// Activities summed (*rekap kegiatan*): events and participants by type.
///
/// Partners are counted apart, over 12 months (`LibraryMonths.partners`).
package struct ActivityTotals: Hashable, Sendable {
  /// Events, in `ActivityType.allCases` order (lanes 6-7 unused).
  package var countByType = SIMD8<Int>()
  /// Participants per type.
  package var participantsByType = SIMD8<Int>()
  /// Hours of events.
  package var hours: Double = 0

  /// No events.
  package init() {}

  /// Adds one event.
  package mutating func add(_ activity: Activity) {
    let lane = Lanes.activityType.firstIndex(of: activity.type) ?? 0
    countByType[lane] += 1
    participantsByType[lane] += activity.participants
    hours += activity.hours
  }

  /// Adds other totals.
  package mutating func add(_ other: ActivityTotals) {
    countByType &+= other.countByType
    participantsByType &+= other.participantsByType
    hours += other.hours
  }

  /// Events, all types.
  package var count: Int { countByType.wrappedSum() }
  /// Participants, all types.
  package var participants: Int { participantsByType.wrappedSum() }
  /// Events of `type`.
  package func count(_ type: ActivityType) -> Int {
    countByType[Lanes.activityType.firstIndex(of: type) ?? 0]
  }
  /// Participants of `type` events.
  package func participants(_ type: ActivityType) -> Int {
    participantsByType[Lanes.activityType.firstIndex(of: type) ?? 0]
  }
}

/// Everything one library recorded, by month (`Month.ordinal`), one `MonthSlots` per table.
///
/// Tables are kept apart so that a look-up copies only that table's totals.
package struct LibraryMonths: Sendable {
  /// Attendance per month.
  package var attendance = MonthSlots<AttendanceTotals>()
  /// Budget lines per month.
  package var budget = MonthSlots<BudgetTotals>()
  /// Collection stock and flows per month.
  package var collection = MonthSlots<CollectionTotals>()
  /// The operations row per month (the first, should there be several).
  package var operations = MonthSlots<OperationsSnapshot>()
  /// Events per month.
  package var activities = MonthSlots<ActivityTotals>()
  /// The distinct partners of each month's events.
  package var partners = MonthSlots<PartnerSet>()

  /// No rows.
  package init() {}
}

/// The cases of the enumerations summed in SIMD lanes, fetched once (an `allCases` call
/// builds a new array).
private enum Lanes {
  static let budgetCategory = BudgetCategory.allCases
  static let fundingSource = FundingSource.allCases
  static let collectionCategory = CollectionCategory.allCases
  static let activityType = ActivityType.allCases
}

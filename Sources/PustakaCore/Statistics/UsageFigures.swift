/// How a library, district or regency used its resources in a period (*pemanfaatan sumber
/// daya*): sums over its libraries, and ratios of those sums.
///
/// Sums add up across libraries (attendance only over reporting libraries; snapshots as in
/// the rubric: the latest month within 12 months ending with the period's last month). Ratios
/// of a group are ratios of its sums, never means of library ratios. A ratio is `nil` when its
/// denominator is 0. `m` is the period's number of months.
package struct UsageFigures: Hashable, Sendable {
  /// The period.
  package var period: Period
  /// Libraries in the group (all in the data).
  package var libraries = 0
  /// Libraries reporting in the period.
  package var reporting = 0
  /// People served: the group's villages with a library, each once.
  package var population = 0
  /// Budget lines of the period's months.
  package var budget = BudgetTotals()
  /// Budget lines from January to the period's last month.
  package var budgetYearToDate = BudgetTotals()
  /// Attendance in the period (closed-day visitors included).
  package var attendance = AttendanceTotals()
  /// Collection snapshot, summed: titles, copies, and by category.
  package var stock = CollectionTotals()
  /// Collection flows of the period: acquired and weeded copies, by category.
  package var flows = CollectionTotals()
  /// Activities of the period by type (partner keys left out).
  package var activities = ActivityTotals()
  /// Paid staff, from the operations snapshot.
  package var paidStaff = 0
  /// Volunteers, from the operations snapshot.
  package var volunteers = 0
  /// Trained staff, from the operations snapshot (where given).
  package var trainedStaff = 0
  /// Registered members, from the operations snapshot (where given).
  package var registeredMembers = 0
  /// Volunteer hours given in the period.
  package var volunteerHours = 0.0
  /// Staff and volunteers of the reporting libraries, with the trained-staff standard.
  package var staffing = StaffFigures()

  /// The sums of `figures` (one per library, all for `period`) for a group of `population`.
  package init(period: Period, figures: [LibraryPeriodFigures], population: Int) {
    self.period = period
    self.population = population
    for library in figures {
      libraries += 1
      if let attendance = library.attendance {
        reporting += 1
        self.attendance.add(attendance)
      }
      if let lines = library.budget { budget.add(lines) }
      if let lines = library.budgetYearToDate { budgetYearToDate.add(lines) }
      if let snapshot = library.collectionSnapshot {
        var stock = snapshot.stock
        stock.acquiredByCategory = .zero
        stock.weededByCategory = .zero
        self.stock.add(stock)
      }
      if let rows = library.collectionFlows { flows.add(rows) }
      activities.add(library.activities)
      if let snapshot = library.operationsSnapshot {
        paidStaff += snapshot.paidStaff
        volunteers += snapshot.volunteers
        trainedStaff += snapshot.trainedStaff ?? 0
        registeredMembers += snapshot.registeredMembers ?? 0
      }
      volunteerHours += library.operationsInPeriod?.volunteerHours ?? 0
      staffing.add(library)
    }
  }

  private var months: Double { Double(period.monthCount) }

  private static func ratio(_ numerator: Double, _ denominator: Double) -> Double? {
    denominator == 0 ? nil : numerator / denominator
  }

  // MARK: - Budget

  /// Budget absorption in the period: spent / allocated x 100 (%).
  ///
  /// Example: Rp 9,500,000 of Rp 10,000,000 is 95. `nil` when nothing is allocated.
  package var absorption: Double? {
    Self.ratio(Double(budget.spent.amount) * 100, Double(budget.allocated.amount))
  }

  /// Budget absorption from January to the period's last month (%).
  package var absorptionYearToDate: Double? {
    Self.ratio(
      Double(budgetYearToDate.spent.amount) * 100, Double(budgetYearToDate.allocated.amount))
  }

  /// Absorption of `category` in the period (or year to date): spent / allocated x 100 (%).
  package func absorption(_ category: BudgetCategory, yearToDate: Bool = false) -> Double? {
    let lines = yearToDate ? budgetYearToDate : budget
    return Self.ratio(
      Double(lines.spent(category).amount) * 100, Double(lines.allocated(category).amount))
  }

  /// Absorption of money from `source` in the period (or year to date) (%).
  package func absorption(_ source: FundingSource, yearToDate: Bool = false) -> Double? {
    let lines = yearToDate ? budgetYearToDate : budget
    return Self.ratio(
      Double(lines.spent(source).amount) * 100, Double(lines.allocated(source).amount))
  }

  /// Cost per visit: spent in the period / visitors (rupiah).
  ///
  /// Example: Rp 3,000,000 for 200 visitors is 15,000. `nil` without visitors.
  package var costPerVisit: Double? {
    Self.ratio(Double(budget.spent.amount), Double(attendance.visitors))
  }

  /// Cost per loan: spent in the period / loans (rupiah); `nil` without loans.
  package var costPerLoan: Double? {
    Self.ratio(Double(budget.spent.amount), Double(attendance.loans))
  }

  /// Spending per person: spent in the period / population (rupiah).
  ///
  /// Example: Rp 2,000,000 for 4,000 people is 500.
  package var spendPerCapita: Double? {
    Self.ratio(Double(budget.spent.amount), Double(population))
  }

  // MARK: - Collection

  /// Copies per person: snapshot copies / population.
  package var copiesPerCapita: Double? {
    Self.ratio(Double(stock.copies), Double(population))
  }

  /// Titles per person: snapshot titles / population.
  package var titlesPerCapita: Double? {
    Self.ratio(Double(stock.titles), Double(population))
  }

  /// Loans per copy a year: loans / snapshot copies x 12 / m; `nil` without copies.
  package var turnover: Double? {
    Self.ratio(Double(attendance.loans) * 12 / months, Double(stock.copies))
  }

  // MARK: - Service

  /// Visitors per open day: visitors / open days; `nil` without open days.
  ///
  /// Example: 300 visitors over 20 open days is 15.
  package var visitorsPerOpenDay: Double? {
    Self.ratio(Double(attendance.visitors), Double(attendance.openDays))
  }

  /// Loans per open day: loans / open days; `nil` without open days.
  package var loansPerOpenDay: Double? {
    Self.ratio(Double(attendance.loans), Double(attendance.openDays))
  }

  /// Visitors per 1,000 people a month: visitors / population x 1000 / m.
  package var visitorsPer1000: Double? {
    Self.ratio(Double(attendance.visitors) * 1000 / months, Double(population))
  }

  /// Loans per 1,000 people a month: loans / population x 1000 / m.
  package var loansPer1000: Double? {
    Self.ratio(Double(attendance.loans) * 1000 / months, Double(population))
  }

  /// Children's share of visits (%): child visitors / visitors x 100, over the attendance
  /// rows that give `child_visitors`.
  ///
  /// Example: 120 children among 300 visitors is 40. `nil` where no row gives the count.
  package var childrenShare: Double? {
    Self.ratio(Double(attendance.childVisitors) * 100, Double(attendance.visitorsWithChildCount))
  }

  // MARK: - People

  /// Volunteer hours per visit: volunteer hours in the period / visitors.
  package var volunteerHoursPerVisit: Double? {
    Self.ratio(volunteerHours, Double(attendance.visitors))
  }

  /// Registered members per 100 people: snapshot members / population x 100.
  package var membersPer100: Double? {
    Self.ratio(Double(registeredMembers) * 100, Double(population))
  }

  /// Members who joined in the period.
  package var newMembers: Int { attendance.newMembers }
}

@testable import PustakaCore

/// Builds small data sets for hand-computed scoring tests, one library at a time.
struct ScoringFixture {
  var libraries: [VillageLibrary] = []
  var budget: [BudgetEntry] = []
  var collection: [CollectionStock] = []
  var attendance: [AttendanceDay] = []
  var activities: [Activity] = []
  var operations: [OperationsSnapshot] = []
  var providedTables: Set<TableName> = Set(TableName.allCases)

  var dataSet: DataSet {
    DataSet(
      libraries: libraries, budget: budget, collection: collection, attendance: attendance,
      activities: activities, operations: operations, providedTables: providedTables)
  }

  static func month(_ text: String) -> Month {
    guard case .month(let month) = try? Period(parsing: text) else {
      preconditionFailure("bad month \(text)")
    }
    return month
  }

  static func date(_ month: Month, _ day: Int) -> CalendarDate {
    guard let date = CalendarDate(year: month.year, month: month.month, day: day) else {
      preconditionFailure("bad day \(day)")
    }
    return date
  }

  mutating func library(
    _ id: LibraryID, name: String? = nil, village: String? = nil, district: String = "Ngawi",
    regency: String = "Ngawi", population: Int = 4000, floor: Double? = nil,
    accreditation: Accreditation? = nil
  ) {
    libraries.append(
      VillageLibrary(
        id: id, name: name ?? "Perpustakaan \(id)", village: village ?? "Desa \(id)",
        district: district, regency: regency, population: population,
        floorAreaSquareMetres: floor, accreditation: accreditation))
  }

  /// `openDays` open days from the 1st, `visitors` and `loans` spread over them (remainder on
  /// the first day), plus `closedDays` closed-day rows with no visitors after them.
  mutating func attendance(
    _ id: LibraryID, _ month: String, openDays: Int, visitors: Int, loans: Int = 0,
    closedDays: Int = 0, childVisitors: Int? = nil, newMembers: Int = 0
  ) {
    let month = Self.month(month)
    for day in 0..<openDays {
      let share = visitors / openDays + (day == 0 ? visitors % openDays : 0)
      let lent = loans / openDays + (day == 0 ? loans % openDays : 0)
      attendance.append(
        AttendanceDay(
          libraryID: id, date: Self.date(month, day + 1), visitors: share,
          childVisitors: day == 0 ? childVisitors : nil, loans: lent,
          newMembers: day == 0 ? newMembers : 0))
    }
    for day in 0..<closedDays {
      attendance.append(
        AttendanceDay(
          libraryID: id, date: Self.date(month, openDays + day + 1), visitors: 0, isOpen: false))
    }
  }

  mutating func stock(
    _ id: LibraryID, _ month: String, _ category: CollectionCategory = .fiction, titles: Int,
    copies: Int, acquired: Int = 0, weeded: Int = 0
  ) {
    collection.append(
      CollectionStock(
        libraryID: id, month: Self.month(month), category: category, titles: titles,
        copies: copies, acquiredCopies: acquired, weededCopies: weeded))
  }

  mutating func money(
    _ id: LibraryID, _ month: String, _ category: BudgetCategory = .operations,
    source: FundingSource = .danaDesa, allocated: Int64, spent: Int64
  ) {
    budget.append(
      BudgetEntry(
        libraryID: id, month: Self.month(month), category: category, source: source,
        allocated: Rupiah(allocated), spent: Rupiah(spent)))
  }

  mutating func operations(
    _ id: LibraryID, _ month: String, trained: Int? = nil, members: Int? = nil,
    volunteerHours: Double = 0, paidStaff: Int = 0, volunteers: Int = 0
  ) {
    operations.append(
      OperationsSnapshot(
        libraryID: id, month: Self.month(month), paidStaff: paidStaff, volunteers: volunteers,
        volunteerHours: volunteerHours, trainedStaff: trained, registeredMembers: members))
  }

  mutating func event(
    _ id: LibraryID, _ month: String, day: Int = 10, _ type: ActivityType = .talk,
    participants: Int, partner: String? = nil
  ) {
    activities.append(
      Activity(
        libraryID: id, date: Self.date(Self.month(month), day), type: type,
        participants: participants, partner: partner))
  }
}

import PustakaCore

@testable import PustakaSample

/// A test-only estimate of the default KPI (kpi-rubric.md, 20 indicators) of each library for
/// a period of whole months, to check that the sample spans the grades.
///
/// It follows the rubric's formulas and thresholds without its rounding rules; the scoring
/// engine, not this estimate, is the reference.
struct RubricEstimate {
  /// The KPI (0-100) of each reporting library, by id.
  let kpi: [LibraryID: Double]
  /// The points of each indicator, in the rubric's order, by library.
  let points: [LibraryID: [Int]]

  /// Scores every library of `data` over `months` (consecutive, oldest first).
  init(data: DataSet, months: [Month]) {
    guard let last = months.last else {
      kpi = [:]
      points = [:]
      return
    }
    let period = Set(months)
    let m = Double(months.count)
    let window = Set((0..<12).map { last.advanced(by: -$0) })
    let year = Set(
      (1...last.month).compactMap { Month(year: last.year, month: $0) })
    var visitors: [LibraryID: Int] = [:]
    var openDays: [LibraryID: Int] = [:]
    var loans: [LibraryID: Int] = [:]
    for day in data.attendance where period.contains(day.date.calendarMonth) {
      visitors[day.libraryID, default: 0] += day.visitors
      openDays[day.libraryID, default: 0] += day.isOpen ? 1 : 0
      loans[day.libraryID, default: 0] += day.loans
    }
    var stockMonth: [LibraryID: Month] = [:]
    for stock in data.collection where window.contains(stock.month) {
      stockMonth[stock.libraryID] = max(stockMonth[stock.libraryID] ?? stock.month, stock.month)
    }
    var titles: [LibraryID: Int] = [:]
    var copies: [LibraryID: Int] = [:]
    var acquired: [LibraryID: Int] = [:]
    var weeded: [LibraryID: Int] = [:]
    for stock in data.collection {
      if stockMonth[stock.libraryID] == stock.month {
        titles[stock.libraryID, default: 0] += stock.titles
        copies[stock.libraryID, default: 0] += stock.copies
      }
      if period.contains(stock.month) {
        acquired[stock.libraryID, default: 0] += stock.acquiredCopies
        weeded[stock.libraryID, default: 0] += stock.weededCopies
      }
    }
    var spentYear: [LibraryID: Int64] = [:]
    var plannedYear: [LibraryID: Int64] = [:]
    var spent: [LibraryID: Int64] = [:]
    var spentBooks: [LibraryID: Int64] = [:]
    for entry in data.budget {
      if year.contains(entry.month) {
        spentYear[entry.libraryID, default: 0] += entry.spent.units
        plannedYear[entry.libraryID, default: 0] += entry.allocated.units
      }
      if period.contains(entry.month) {
        spent[entry.libraryID, default: 0] += entry.spent.units
        if entry.category == .collection {
          spentBooks[entry.libraryID, default: 0] += entry.spent.units
        }
      }
    }
    var latestOperations: [LibraryID: OperationsSnapshot] = [:]
    var volunteerHours: [LibraryID: Double] = [:]
    for snapshot in data.operations where window.contains(snapshot.month) {
      if latestOperations[snapshot.libraryID].map({ $0.month < snapshot.month }) ?? true {
        latestOperations[snapshot.libraryID] = snapshot
      }
      if period.contains(snapshot.month) {
        volunteerHours[snapshot.libraryID, default: 0] += snapshot.volunteerHours
      }
    }
    var events: [LibraryID: Int] = [:]
    var participants: [LibraryID: Int] = [:]
    var trainees: [LibraryID: Int] = [:]
    var partners: [LibraryID: Set<String>] = [:]
    for activity in data.activities {
      if window.contains(activity.date.calendarMonth), let partner = activity.partner {
        partners[activity.libraryID, default: []].insert(NameFolding.partnerKey(partner))
      }
      guard period.contains(activity.date.calendarMonth) else { continue }
      events[activity.libraryID, default: 0] += 1
      participants[activity.libraryID, default: 0] += activity.participants
      if activity.type == .literacyTraining || activity.type == .skillsTraining {
        trainees[activity.libraryID, default: 0] += activity.participants
      }
    }

    var kpi: [LibraryID: Double] = [:]
    var allPoints: [LibraryID: [Int]] = [:]
    for library in data.libraries {
      let id = library.id
      guard let seen = visitors[id] else { continue }
      let pop = Double(library.population)
      let copyCount = copies[id].map(Double.init)
      var points: [Int] = []
      func higher(_ value: Double?, _ thresholds: [Double]) {
        points.append(value.map { value in thresholds.filter { value >= $0 }.count } ?? 0)
      }
      higher(titles[id].map(Double.init), [250, 500, 750, 1000])
      higher(copyCount.map { $0 / pop }, [0.1, 0.2, 0.35, 0.5])
      higher(acquired[id].map { Double($0) / pop * 1000 / m }, [0.5, 1, 2, 4])
      let growth = copyCount.flatMap { copyCount in
        acquired[id].map { Double($0 - (weeded[id] ?? 0)) / copyCount * 100 * 12 / m }
      }
      higher(copyCount == 0 ? nil : growth, [2, 5, 8, 10])
      higher(library.floorAreaSquareMetres, [20, 36, 48, 56])
      let open = Double(openDays[id] ?? 0)
      higher(open / m, [8, 12, 16, 20])
      higher(open > 0 ? Double(seen) / open : nil, [5, 10, 20, 30])
      higher(Double(seen) / pop * 1000 / m, [20, 50, 100, 150])
      higher(seen > 0 ? Double(loans[id] ?? 0) / Double(seen) : nil, [0.1, 0.2, 0.35, 0.5])
      higher(
        copyCount.flatMap { $0 > 0 ? Double(loans[id] ?? 0) / $0 * 12 / m : nil },
        [0.1, 0.25, 0.5, 1])
      let absorption = plannedYear[id].flatMap { planned in
        planned > 0 ? Double(spentYear[id] ?? 0) / Double(planned) * 100 : nil
      }
      switch absorption ?? 0 {
      case 95..<105: points.append(4)
      case 85..<95, 105..<115: points.append(3)
      case 70..<85: points.append(2)
      case 115..., 50..<70: points.append(1)
      default: points.append(0)
      }
      higher(
        spent[id].flatMap { $0 > 0 ? Double(spentBooks[id] ?? 0) / Double($0) * 100 : nil },
        [10, 20, 30, 40])
      let cost = spent[id].flatMap {
        seen > 0 ? Double($0) / Double(Rupiah.unitsPerRupiah) / Double(seen) : nil
      }
      points.append(
        cost.map { cost in [50_000.0, 25_000, 15_000, 8000].filter { cost <= $0 }.count } ?? 0)
      let operations = latestOperations[id]
      higher(operations?.trainedStaff.map(Double.init), [1, 1, 2, 2])
      higher(volunteerHours[id].map { $0 / m }, [5, 15, 30, 50])
      higher(Double(events[id] ?? 0) / m, [1, 2, 3, 4])
      higher(Double(participants[id] ?? 0) / pop * 1000 / m, [2, 5, 10, 20])
      higher(
        operations?.registeredMembers.map { Double($0) / pop * 100 }, [1, 3, 5, 10])
      higher(Double(partners[id]?.count ?? 0), [1, 2, 3, 4])
      higher(Double(trainees[id] ?? 0) / m, [5, 10, 20, 40])
      kpi[id] = Double(points.reduce(0, +)) / 80 * 100
      allPoints[id] = points
    }
    self.kpi = kpi
    points = allPoints
  }

  /// The rubric's grade of `kpi`.
  static func grade(_ kpi: Double) -> String {
    kpi >= 80 ? "A" : kpi >= 60 ? "B" : kpi >= 40 ? "C" : "D"
  }
}

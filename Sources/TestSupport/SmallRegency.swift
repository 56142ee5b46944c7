import PustakaCore

/// A small hand-made regency for report and run tests: seven libraries in three districts,
/// 13 months of data ending 2026-10, with the awkward names data can bring.
///
/// - `L1` Perpustakaan Cemerlang (Watualang, Ngawi): strong, reports every month.
/// - `L2` Perpustakaan Cerpin (Ngawi, Ngawi): good.
/// - `L3` Kelurahan Margomulyo (Margomulyo, Ngawi): weak.
/// - `L4` `=HYPERLINK("http://x")` (Beran, Paron): a name that looks like a formula.
/// - `L5` Taman Baca Sejahtera (Jururejo, Paron): average.
/// - `L6` Pustaka `../../etc` (Kerek, district `../../etc`): a district name that looks like a
///   path.
/// - `L7` Perpustakaan Sepi (Grudo, Paron): registered but never reports.
///
/// Every figure grows with a library's strength (1 to 5), so rankings are predictable:
/// L1 > L2 > L5 > L6 > L4 > L3 on every measure.
package enum SmallRegency {
  /// The last month with data.
  package static let lastMonth: Month = {
    guard let month = Month(year: 2026, month: 10) else {
      preconditionFailure("2026-10 is a valid month")
    }
    return month
  }()

  /// The libraries: (id, name, village, district, population, strength 0...5).
  package static let libraries: [(String, String, String, String, Int, Int)] = [
    ("L1", "Perpustakaan Cemerlang", "Watualang", "Ngawi", 4_000, 5),
    ("L2", "Perpustakaan Cerpin", "Ngawi", "Ngawi", 5_000, 4),
    ("L3", "Perpustakaan Kelurahan Margomulyo", "Margomulyo", "Ngawi", 6_000, 1),
    ("L4", "=HYPERLINK(\"http://x\")", "Beran", "Paron", 3_000, 2),
    ("L5", "Taman Baca Sejahtera", "Jururejo", "Paron", 3_500, 3),
    ("L6", "Pustaka ../../etc", "Kerek", "../../etc", 2_500, 2),
    ("L7", "Perpustakaan Sepi", "Grudo", "Paron", 2_000, 0),
  ]

  /// The data set.
  package static func dataSet() -> DataSet {
    var libraries: [VillageLibrary] = []
    var budget: [BudgetEntry] = []
    var collection: [CollectionStock] = []
    var attendance: [AttendanceDay] = []
    var activities: [Activity] = []
    var operations: [OperationsSnapshot] = []
    for (id, name, village, district, population, strength) in Self.libraries {
      let libraryID = LibraryID(id)
      libraries.append(
        VillageLibrary(
          id: libraryID, name: name, village: village, district: district, regency: "Ngawi",
          province: "Jawa Timur", population: population,
          floorAreaSquareMetres: Double(12 * max(strength, 1)),
          accreditation: strength >= 4 ? .b : nil))
      guard strength > 0 else { continue }
      for offset in 0..<13 {
        let month = lastMonth.advanced(by: offset - 12)
        let openDays = 4 * strength
        for day in 1...openDays {
          guard let date = CalendarDate(year: month.year, month: month.month, day: day) else {
            continue
          }
          attendance.append(
            AttendanceDay(
              libraryID: libraryID, date: date, visitors: 3 * strength + day % 3,
              childVisitors: strength + day % 2, loans: strength * strength / 2 + day % 2,
              newMembers: day == 1 ? strength : 0))
        }
        let titlesPerCategory = 60 * strength * strength
        for (category, share) in [
          (CollectionCategory.fiction, 2), (.nonfiction, 2), (.children, 1),
        ] {
          collection.append(
            CollectionStock(
              libraryID: libraryID, month: month, category: category,
              titles: titlesPerCategory * share, copies: titlesPerCategory * share * 3 / 2,
              acquiredCopies: strength * share, weededCopies: share / 2))
        }
        let planned = Int64(250_000 * strength)
        for category in [BudgetCategory.collection, .operations, .programs, .staff] {
          let spent = planned * Int64(80 + 5 * strength) / 100
          budget.append(
            BudgetEntry(
              libraryID: libraryID, month: month, category: category,
              source: category == .staff ? .apbd : .danaDesa, allocated: Rupiah(planned),
              spent: Rupiah(spent)))
        }
        for number in 0..<strength {
          guard let date = CalendarDate(year: month.year, month: month.month, day: 10 + number)
          else { continue }
          let type: ActivityType = number % 2 == 0 ? .storytelling : .literacyTraining
          activities.append(
            Activity(
              libraryID: libraryID, date: date, type: type, title: "Kegiatan \(number + 1)",
              participants: 6 * strength + number, hours: 2,
              partner: number < strength - 1 ? "Mitra \(number + 1)" : nil))
        }
        operations.append(
          OperationsSnapshot(
            libraryID: libraryID, month: month, paidStaff: 1, volunteers: strength,
            volunteerHours: Double(8 * strength), trainedStaff: strength / 2,
            registeredMembers: 40 * strength * strength))
      }
    }
    return DataSet(
      libraries: libraries, budget: budget, collection: collection, attendance: attendance,
      activities: activities, operations: operations)
  }
}

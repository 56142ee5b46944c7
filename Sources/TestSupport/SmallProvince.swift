import PustakaCore

/// Three small regencies in two provinces, made from `SmallRegency`, for the province
/// summary's tests.
///
/// - Ngawi, Jawa Timur: the small regency as it is (L1 to L7).
/// - Madiun, `jawa timur` (the same province spelt otherwise): copies of L3, L4, L5 and L7 as
///   `M3` ... `M7`, so its mean KPI is lower and its `M5` ties Ngawi's `L5`.
/// - Solo, Jawa Tengah: copies of L1 and L2 as `S1` and `S2`.
package enum SmallProvince {
  /// The copies: (prefix, regency, province, libraries copied).
  static let copies: [(String, String, String, Set<String>)] = [
    ("M", "Madiun", "jawa timur", ["L3", "L4", "L5", "L7"]),
    ("S", "Solo", "Jawa Tengah", ["L1", "L2"]),
  ]

  /// The data set: Ngawi's rows, then each copy's.
  package static func dataSet() -> DataSet {
    let small = SmallRegency.dataSet()
    var libraries = small.libraries
    var budget = small.budget
    var collection = small.collection
    var attendance = small.attendance
    var activities = small.activities
    var operations = small.operations
    for (prefix, regency, province, copied) in copies {
      func renamed(_ id: LibraryID) -> LibraryID? {
        guard copied.contains(id.rawValue) else { return nil }
        return LibraryID(prefix + id.rawValue.dropFirst())
      }
      for library in small.libraries {
        guard let id = renamed(library.id) else { continue }
        var copy = library
        copy.id = id
        copy.regency = regency
        copy.province = province
        libraries.append(copy)
      }
      budget += small.budget.compactMap { row in
        renamed(row.libraryID).map { id in with(row) { $0.libraryID = id } }
      }
      collection += small.collection.compactMap { row in
        renamed(row.libraryID).map { id in with(row) { $0.libraryID = id } }
      }
      attendance += small.attendance.compactMap { row in
        renamed(row.libraryID).map { id in with(row) { $0.libraryID = id } }
      }
      activities += small.activities.compactMap { row in
        renamed(row.libraryID).map { id in with(row) { $0.libraryID = id } }
      }
      operations += small.operations.compactMap { row in
        renamed(row.libraryID).map { id in with(row) { $0.libraryID = id } }
      }
    }
    return DataSet(
      libraries: libraries, budget: budget, collection: collection, attendance: attendance,
      activities: activities, operations: operations)
  }

  private static func with<Row>(_ row: Row, _ change: (inout Row) -> Void) -> Row {
    var copy = row
    change(&copy)
    return copy
  }
}

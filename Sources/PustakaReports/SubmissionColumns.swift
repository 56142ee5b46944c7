import PustakaCore

/// The column headers of a submission workbook's sheets: the data contract's English names.
package enum SubmissionColumns {
  /// The `libraries` sheet's columns.
  package static let libraries = [
    "library_id", "name", "village", "village_type", "district", "regency", "province",
    "population", "floor_area_m2", "opened", "accreditation",
  ]
  /// The `budget` sheet's columns.
  package static let budget = [
    "library_id", "month", "category", "source", "allocated_idr", "spent_idr",
  ]
  /// The `collection` sheet's columns.
  package static let collection = [
    "library_id", "month", "category", "titles", "copies", "acquired_copies", "weeded_copies",
  ]
  /// The `attendance` sheet's columns.
  package static let attendance = [
    "library_id", "date", "visitors", "child_visitors", "loans", "new_members",
  ]
  /// The `activities` sheet's columns.
  package static let activities = [
    "library_id", "date", "type", "title", "participants", "hours", "partner",
  ]
  /// The `operations` sheet's columns.
  package static let operations = [
    "library_id", "month", "paid_staff", "volunteers", "volunteer_hours", "trained_staff",
    "registered_members",
  ]

  /// The columns of `table`'s sheet.
  package static func names(of table: TableName) -> [String] {
    switch table {
    case .libraries: return libraries
    case .budget: return budget
    case .collection: return collection
    case .attendance: return attendance
    case .activities: return activities
    case .operations: return operations
    }
  }
}

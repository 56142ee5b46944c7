import PustakaCore

/// Decodes rows of the `operations` table (*operasional*).
struct OperationsDecoder: RowDecoder {
  /// The duplicate key of an operations row.
  struct Key: Hashable {
    var library: Int
    var month: Month
  }

  static let schema = TableSchema(DataContract.operations)

  /// The positions of the columns this decoder reads, by key.
  private enum Column {
    static let libraryID = OperationsDecoder.column("library_id")
    static let month = OperationsDecoder.column("month")
    static let paidStaff = OperationsDecoder.column("paid_staff")
    static let volunteers = OperationsDecoder.column("volunteers")
    static let volunteerHours = OperationsDecoder.column("volunteer_hours")
    static let trainedStaff = OperationsDecoder.column("trained_staff")
    static let registeredMembers = OperationsDecoder.column("registered_members")
  }

  /// What empty optional cells stand for, as the contract declares.
  private enum Default {
    static let paidStaff = OperationsDecoder.declaredDefault("paid_staff") { Int($0) }
    static let volunteers = OperationsDecoder.declaredDefault("volunteers") { Int($0) }
    static let volunteerHours = OperationsDecoder.declaredDefault("volunteer_hours") {
      Double($0)
    }
  }

  func decode(_ fields: inout FieldReader) -> OperationsSnapshot? {
    let id = fields.id(Column.libraryID)
    fields.libraryID = id
    let month = fields.month(Column.month)
    let paidStaff = fields.wholeNumber(Column.paidStaff)
    let volunteers = fields.wholeNumber(Column.volunteers)
    let hours = fields.number(Column.volunteerHours)
    let trained = fields.wholeNumber(Column.trainedStaff)
    let members = fields.wholeNumber(Column.registeredMembers)
    guard fields.reasons.isEmpty, let id, let month else { return nil }
    return OperationsSnapshot(
      libraryID: id, month: month, paidStaff: paidStaff ?? Default.paidStaff,
      volunteers: volunteers ?? Default.volunteers,
      volunteerHours: hours ?? Default.volunteerHours, trainedStaff: trained,
      registeredMembers: members)
  }

  static func libraryID(of record: OperationsSnapshot) -> LibraryID { record.libraryID }
  static func key(of record: OperationsSnapshot, library: Int) -> Key? {
    Key(library: library, month: record.month)
  }
  static func describeKey(of record: OperationsSnapshot) -> String {
    "\(quotedID(record.libraryID)), month \(record.month)"
  }
  static func month(of record: OperationsSnapshot) -> Month? { record.month }
}

import PustakaCore

/// Decodes rows of the `attendance` table (*kunjungan*).
struct AttendanceDecoder: RowDecoder {
  /// The duplicate key of an attendance row.
  struct Key: Hashable {
    var library: Int
    var date: CalendarDate
  }

  static let schema = TableSchema(DataContract.attendance)

  /// The positions of the columns this decoder reads, by key.
  private enum Column {
    static let libraryID = AttendanceDecoder.column("library_id")
    static let date = AttendanceDecoder.column("date")
    static let visitors = AttendanceDecoder.column("visitors")
    static let childVisitors = AttendanceDecoder.column("child_visitors")
    static let loans = AttendanceDecoder.column("loans")
    static let newMembers = AttendanceDecoder.column("new_members")
    static let open = AttendanceDecoder.column("open")
  }

  /// What empty optional cells stand for, as the contract declares.
  private enum Default {
    static let loans = AttendanceDecoder.declaredDefault("loans") { Int($0) }
    static let newMembers = AttendanceDecoder.declaredDefault("new_members") { Int($0) }
    static let open = AttendanceDecoder.declaredBoolean("open")
  }

  func decode(_ fields: inout FieldReader) -> AttendanceDay? {
    let id = fields.id(Column.libraryID)
    fields.libraryID = id
    let date = fields.date(Column.date)
    let visitors = fields.wholeNumber(Column.visitors)
    let children = fields.wholeNumber(Column.childVisitors)
    let loans = fields.wholeNumber(Column.loans)
    let newMembers = fields.wholeNumber(Column.newMembers)
    let isOpen = fields.boolean(Column.open)
    if let visitors, let children, children > visitors {
      fields.reject(
        Column.childVisitors, code: "child_visitors.moreThanVisitors",
        message:
          "\(fields.quoted(Column.childVisitors)) is more than \(fields.quoted(Column.visitors))")
    }
    guard fields.reasons.isEmpty, let id, let date, let visitors else { return nil }
    return AttendanceDay(
      libraryID: id, date: date, visitors: visitors, childVisitors: children,
      loans: loans ?? Default.loans, newMembers: newMembers ?? Default.newMembers,
      isOpen: isOpen ?? Default.open)
  }

  static func libraryID(of record: AttendanceDay) -> LibraryID { record.libraryID }
  static func key(of record: AttendanceDay, library: Int) -> Key? {
    Key(library: library, date: record.date)
  }
  static func describeKey(of record: AttendanceDay) -> String {
    "\(quotedID(record.libraryID)), date \(record.date)"
  }
  static func month(of record: AttendanceDay) -> Month? { record.date.calendarMonth }
}

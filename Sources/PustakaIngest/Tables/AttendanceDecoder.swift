import PustakaCore

/// Decodes rows of the `attendance` table (*kunjungan*).
struct AttendanceDecoder: RowDecoder {
  /// The duplicate key of an attendance row.
  struct Key: Hashable {
    var library: Int
    var date: CalendarDate
  }

  static let schema = TableSchema(
    table: .attendance,
    columns: [
      .libraryID,
      ColumnSpec("date", ["tanggal"], .date, required: true),
      ColumnSpec("visitors", ["pengunjung"], .wholeNumber, required: true),
      ColumnSpec("child_visitors", ["pengunjung_anak"], .wholeNumber),
      ColumnSpec("loans", ["peminjaman", "buku_dipinjam"], .wholeNumber),
      ColumnSpec("new_members", ["anggota_baru"], .wholeNumber),
      ColumnSpec("open", ["buka"], .boolean),
    ])

  func decode(_ fields: inout FieldReader) -> AttendanceDay? {
    let id = fields.id(0)
    fields.libraryID = id
    let date = fields.date(1)
    let visitors = fields.wholeNumber(2)
    let children = fields.wholeNumber(3)
    let loans = fields.wholeNumber(4)
    let newMembers = fields.wholeNumber(5)
    let isOpen = fields.boolean(6)
    if let visitors, let children, children > visitors {
      fields.reject(
        3, code: "child_visitors.moreThanVisitors",
        message: "\(fields.quoted(3)) is more than \(fields.quoted(2))")
    }
    guard fields.reasons.isEmpty, let id, let date, let visitors else { return nil }
    return AttendanceDay(
      libraryID: id, date: date, visitors: visitors, childVisitors: children,
      loans: loans ?? 0, newMembers: newMembers ?? 0, isOpen: isOpen ?? true)
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

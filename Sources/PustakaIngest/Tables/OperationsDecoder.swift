import PustakaCore

/// Decodes rows of the `operations` table (*operasional*).
struct OperationsDecoder: RowDecoder {
  /// The duplicate key of an operations row.
  struct Key: Hashable {
    var library: Int
    var month: Month
  }

  static let schema = TableSchema(
    table: .operations,
    columns: [
      .libraryID,
      ColumnSpec("month", ["bulan"], .month, required: true),
      ColumnSpec("paid_staff", ["tenaga_honor", "pengelola"], .wholeNumber),
      ColumnSpec("volunteers", ["relawan"], .wholeNumber),
      ColumnSpec("volunteer_hours", ["jam_relawan"], .number),
      ColumnSpec("trained_staff", ["tenaga_terlatih"], .wholeNumber),
      ColumnSpec("registered_members", ["anggota", "jumlah_anggota"], .wholeNumber),
    ])

  func decode(_ fields: inout FieldReader) -> OperationsSnapshot? {
    let id = fields.id(0)
    fields.libraryID = id
    let month = fields.month(1)
    let paidStaff = fields.wholeNumber(2)
    let volunteers = fields.wholeNumber(3)
    let hours = fields.number(4)
    let trained = fields.wholeNumber(5)
    let members = fields.wholeNumber(6)
    guard fields.reasons.isEmpty, let id, let month else { return nil }
    return OperationsSnapshot(
      libraryID: id, month: month, paidStaff: paidStaff ?? 0, volunteers: volunteers ?? 0,
      volunteerHours: hours ?? 0, trainedStaff: trained, registeredMembers: members)
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

import PustakaCore

/// Decodes rows of the `activities` table (*kegiatan*), which has no key.
struct ActivitiesDecoder: RowDecoder {
  typealias Key = Never

  static let schema = TableSchema(
    table: .activities,
    columns: [
      .libraryID,
      ColumnSpec("date", ["tanggal"], .date, required: true),
      ColumnSpec(
        "type", ["jenis", "jenis_kegiatan"], .enumeration(expected: ActivityType.expectedList),
        required: true),
      ColumnSpec("title", ["judul_kegiatan", "nama_kegiatan"], .text),
      ColumnSpec("participants", ["peserta"], .wholeNumber, required: true),
      ColumnSpec("hours", ["durasi_jam"], .number),
      ColumnSpec("partner", ["mitra"], .text),
    ])

  private let types = EnumerationLookup<ActivityType>()

  func decode(_ fields: inout FieldReader) -> Activity? {
    let id = fields.id(0)
    fields.libraryID = id
    let date = fields.date(1)
    let type = fields.enumeration(2, types)
    let title = fields.text(3)
    let participants = fields.wholeNumber(4)
    let hours = fields.number(5)
    let partner = fields.text(6)
    guard fields.reasons.isEmpty, let id, let date, let type, let participants else { return nil }
    return Activity(
      libraryID: id, date: date, type: type, title: title, participants: participants,
      hours: hours ?? 0, partner: partner)
  }

  static func libraryID(of record: Activity) -> LibraryID { record.libraryID }
  static func key(of record: Activity, library: Int) -> Never? { nil }
  static func describeKey(of record: Activity) -> String { quotedID(record.libraryID) }
  static func month(of record: Activity) -> Month? { record.date.calendarMonth }
}

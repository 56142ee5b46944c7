import PustakaCore

/// Decodes rows of the `activities` table (*kegiatan*), which has no key.
struct ActivitiesDecoder: RowDecoder {
  typealias Key = Never

  static let schema = TableSchema(DataContract.activities)

  /// The positions of the columns this decoder reads, by key.
  private enum Column {
    static let libraryID = ActivitiesDecoder.column("library_id")
    static let date = ActivitiesDecoder.column("date")
    static let type = ActivitiesDecoder.column("type")
    static let title = ActivitiesDecoder.column("title")
    static let participants = ActivitiesDecoder.column("participants")
    static let hours = ActivitiesDecoder.column("hours")
    static let partner = ActivitiesDecoder.column("partner")
  }

  /// What an empty `hours` cell stands for, as the contract declares.
  private static let defaultHours = ActivitiesDecoder.declaredDefault("hours") { Double($0) }

  private let types = EnumerationLookup<ActivityType>()

  func decode(_ fields: inout FieldReader) -> Activity? {
    let id = fields.id(Column.libraryID)
    fields.libraryID = id
    let date = fields.date(Column.date)
    let type = fields.enumeration(Column.type, types)
    let title = fields.text(Column.title)
    let participants = fields.wholeNumber(Column.participants)
    let hours = fields.number(Column.hours)
    let partner = fields.text(Column.partner)
    guard fields.reasons.isEmpty, let id, let date, let type, let participants else { return nil }
    return Activity(
      libraryID: id, date: date, type: type, title: title, participants: participants,
      hours: hours ?? Self.defaultHours, partner: partner)
  }

  static func libraryID(of record: Activity) -> LibraryID { record.libraryID }
  static func key(of record: Activity, library: Int) -> Never? { nil }
  static func describeKey(of record: Activity) -> String { quotedID(record.libraryID) }
  static func month(of record: Activity) -> Month? { record.date.calendarMonth }
}

/// One event a library held (*kegiatan*), such as a storytelling morning or a skills course.
package struct Activity: Hashable, Sendable {
  /// The library that held the event (*kode perpustakaan*).
  package var libraryID: LibraryID
  /// The day of the event (*tanggal*).
  package var date: CalendarDate
  /// The kind of event (*jenis kegiatan*).
  package var type: ActivityType
  /// The event's title (*judul kegiatan, nama kegiatan*); `nil` when not given.
  package var title: String?
  /// The number of participants (*peserta*).
  package var participants: Int
  /// The event's length in hours (*durasi jam*); 0 by default.
  package var hours: Double
  /// The partner organisation (*mitra*), trimmed; `nil` when none.
  ///
  /// Count distinct partners by `NameFolding.partnerKey(_:)`.
  package var partner: String?

  /// Creates an activity row.
  package init(
    libraryID: LibraryID, date: CalendarDate, type: ActivityType, title: String? = nil,
    participants: Int, hours: Double = 0, partner: String? = nil
  ) {
    self.libraryID = libraryID
    self.date = date
    self.type = type
    self.title = title
    self.participants = participants
    self.hours = hours
    self.partner = partner
  }
}

import PustakaCore

/// The texts of the activities sheet (*Kegiatan*).
package struct ActivitiesLabels: Sendable {
  /// The language of the texts, which also names the contract's enumeration values
  /// (`ContractEnumeration.displayName`).
  package var language: ReportLanguage
  /// The sheet's title.
  package var title: String
  /// The note above the tables.
  package var note: String
  /// The heading of the table by type.
  package var byType: String
  /// The heading of the table by district.
  package var byDistrict: String
  /// The heading of the table by library (a district workbook).
  package var byLibrary: String
  /// The type column.
  package var type: String
  /// Activities held.
  package var activities: String
  /// Activity participants.
  package var participants: String
  /// Participants per 1,000 people a month.
  package var participantsPer1000: String
  /// All activities.
  package var allActivities: String
  /// The chart of activities by type.
  package var activitiesChart: String
  /// The chart of participants by type.
  package var participantsChart: String
  /// The chart of activities by type per district.
  package var districtChart: String
  /// The chart of activities by type per library (a district workbook).
  package var libraryChart: String

  /// Bahasa Indonesia.
  package static let indonesian = ActivitiesLabels(
    language: .indonesian,
    title: "Kegiatan",
    note: "Kegiatan dan peserta selama periode, menurut jenis kegiatan. Peserta per 1.000"
      + " penduduk per bulan = peserta / penduduk desa yang punya perpustakaan x 1.000 /"
      + " jumlah bulan.",
    byType: "Menurut jenis", byDistrict: "Per kecamatan", byLibrary: "Per perpustakaan",
    type: "Jenis kegiatan", activities: "Kegiatan", participants: "Peserta",
    participantsPer1000: "Peserta per 1.000 penduduk per bulan",
    allActivities: "Semua kegiatan", activitiesChart: "Kegiatan menurut jenis",
    participantsChart: "Peserta menurut jenis kegiatan",
    districtChart: "Kegiatan per kecamatan menurut jenis",
    libraryChart: "Kegiatan per perpustakaan menurut jenis")

  /// English.
  package static let english = ActivitiesLabels(
    language: .english,
    title: "Activities",
    note: "Activities and participants during the period, by type. Participants per 1,000"
      + " people a month = participants / population of the villages with a library x 1,000 /"
      + " months.",
    byType: "By type", byDistrict: "By district", byLibrary: "By library",
    type: "Type of activity", activities: "Activities", participants: "Participants",
    participantsPer1000: "Participants per 1,000 people a month",
    allActivities: "All activities", activitiesChart: "Activities by type",
    participantsChart: "Participants by type of activity",
    districtChart: "Activities by district and type",
    libraryChart: "Activities by library and type")

  /// The name of `type`.
  package func name(_ type: ActivityType) -> String {
    type.displayName.text(in: language)
  }
}

extension ReportLabels {
  /// The texts of the activities sheet.
  package var activities: ActivitiesLabels { language == .indonesian ? .indonesian : .english }
}

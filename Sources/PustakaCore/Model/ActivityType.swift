/// The kind of an activity (*jenis kegiatan*).
package enum ActivityType: String, ContractEnumeration, Codable {
  /// Literacy training (*pelatihan literasi*).
  case literacyTraining = "literacy_training"
  /// Skills training (*pelatihan keterampilan*).
  case skillsTraining = "skills_training"
  /// A talk or information session (*ceramah, sosialisasi*).
  case talk
  /// A book club meeting (*klub buku*).
  case bookClub = "book_club"
  /// Storytelling (*mendongeng*).
  case storytelling
  /// Any other event (*lainnya*).
  case other

  package var aliases: [String] {
    switch self {
    case .literacyTraining: return ["pelatihan_literasi"]
    case .skillsTraining: return ["pelatihan_keterampilan"]
    case .talk: return ["ceramah", "sosialisasi"]
    case .bookClub: return ["klub_buku"]
    case .storytelling: return ["mendongeng"]
    case .other: return ["lainnya"]
    }
  }

  /// Its name in the workbooks and on templates' lists, in both languages.
  package var displayName: LocalizedText {
    switch self {
    case .literacyTraining:
      return LocalizedText(indonesian: "Pelatihan literasi", english: "Literacy training")
    case .skillsTraining:
      return LocalizedText(indonesian: "Pelatihan keterampilan", english: "Skills training")
    case .talk: return LocalizedText(indonesian: "Sosialisasi", english: "Talk")
    case .bookClub: return LocalizedText(indonesian: "Klub buku", english: "Book club")
    case .storytelling: return LocalizedText(indonesian: "Mendongeng", english: "Storytelling")
    case .other: return LocalizedText(indonesian: "Lainnya", english: "Other")
    }
  }

}

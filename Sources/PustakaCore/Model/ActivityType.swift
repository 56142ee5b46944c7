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
}

/// What budgeted money is for (*kategori anggaran*).
package enum BudgetCategory: String, ContractEnumeration, Codable {
  /// Books and other collection items (*koleksi*).
  case collection
  /// Running costs (*operasional*).
  case operations
  /// Programmes and events (*kegiatan*).
  case programs
  /// Buildings, furniture and equipment (*sarana, sarana prasarana*).
  case facilities
  /// Staff honoraria (*honor, SDM*).
  case staff

  package var aliases: [String] {
    switch self {
    case .collection: return ["koleksi"]
    case .operations: return ["operasional"]
    case .programs: return ["kegiatan"]
    case .facilities: return ["sarana", "sarana_prasarana"]
    case .staff: return ["honor", "sdm"]
    }
  }

  /// Its name in the workbooks and on templates' lists, in both languages.
  package var displayName: LocalizedText {
    switch self {
    case .collection: return LocalizedText(indonesian: "Koleksi", english: "Collection")
    case .operations: return LocalizedText(indonesian: "Operasional", english: "Operations")
    case .programs: return LocalizedText(indonesian: "Kegiatan", english: "Programs")
    case .facilities: return LocalizedText(indonesian: "Sarana prasarana", english: "Facilities")
    case .staff: return LocalizedText(indonesian: "Honor", english: "Staff")
    }
  }

}

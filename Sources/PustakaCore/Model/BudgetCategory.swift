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
}

/// Whether a village is a rural *desa* or an urban *kelurahan* (*jenis desa*).
package enum VillageType: String, ContractEnumeration, Codable {
  /// A self-governing village (*desa*), the default.
  case desa
  /// An urban ward headed by an appointed official (*kelurahan*).
  case kelurahan

  package var aliases: [String] { [] }

  /// Its name in the workbooks and on templates' lists, in both languages.
  package var displayName: LocalizedText {
    switch self {
    case .desa: return LocalizedText(indonesian: "Desa", english: "Desa")
    case .kelurahan: return LocalizedText(indonesian: "Kelurahan", english: "Kelurahan")
    }
  }

}

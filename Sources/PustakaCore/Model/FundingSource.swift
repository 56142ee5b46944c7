/// Where budgeted money comes from (*sumber dana*).
package enum FundingSource: String, ContractEnumeration, Codable {
  /// The village fund (*dana desa*, APBDes), the default.
  case danaDesa = "dana_desa"
  /// The regency or province budget (*APBD*).
  case apbd
  /// Corporate social responsibility funds (*CSR*).
  case csr
  /// The community's own contributions (*swadaya*).
  case community
  /// Any other source (*lainnya*).
  case other

  package var aliases: [String] {
    switch self {
    case .danaDesa: return ["dd", "apbdes"]
    case .apbd, .csr: return []
    case .community: return ["swadaya"]
    case .other: return ["lainnya"]
    }
  }

  /// Its name in the workbooks and on templates' lists, in both languages.
  package var displayName: LocalizedText {
    switch self {
    case .danaDesa: return LocalizedText(indonesian: "Dana Desa", english: "Dana Desa")
    case .apbd: return LocalizedText(indonesian: "APBD", english: "APBD")
    case .csr: return LocalizedText(indonesian: "CSR", english: "CSR")
    case .community: return LocalizedText(indonesian: "Swadaya", english: "Community")
    case .other: return LocalizedText(indonesian: "Lainnya", english: "Other")
    }
  }

}

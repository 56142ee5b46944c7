/// A part of a library's collection (*kategori koleksi*).
package enum CollectionCategory: String, ContractEnumeration, Codable {
  /// Fiction (*fiksi*).
  case fiction
  /// Non-fiction (*nonfiksi*).
  case nonfiction
  /// Children's books (*anak*).
  case children
  /// Reference works (*referensi*).
  case reference
  /// Magazines and other periodicals (*majalah, terbitan berkala*).
  case periodical
  /// Anything else (*lainnya*).
  case other

  package var aliases: [String] {
    switch self {
    case .fiction: return ["fiksi"]
    case .nonfiction: return ["nonfiksi"]
    case .children: return ["anak"]
    case .reference: return ["referensi"]
    case .periodical: return ["majalah", "terbitan_berkala"]
    case .other: return ["lainnya"]
    }
  }

  /// Its name in the workbooks and on templates' lists, in both languages.
  package var displayName: LocalizedText {
    switch self {
    case .fiction: return LocalizedText(indonesian: "Fiksi", english: "Fiction")
    case .nonfiction: return LocalizedText(indonesian: "Nonfiksi", english: "Non-fiction")
    case .children: return LocalizedText(indonesian: "Anak", english: "Children")
    case .reference: return LocalizedText(indonesian: "Referensi", english: "Reference")
    case .periodical: return LocalizedText(indonesian: "Terbitan berkala", english: "Periodical")
    case .other: return LocalizedText(indonesian: "Lainnya", english: "Other")
    }
  }

}

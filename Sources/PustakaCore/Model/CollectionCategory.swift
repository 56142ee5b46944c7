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
}

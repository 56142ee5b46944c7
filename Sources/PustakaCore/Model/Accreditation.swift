/// A library's national accreditation grade (*akreditasi*).
package enum Accreditation: String, ContractEnumeration, Codable {
  /// Grade A (*akreditasi A*).
  case a = "A"
  /// Grade B (*akreditasi B*).
  case b = "B"
  /// Grade C (*akreditasi C*).
  case c = "C"

  package var aliases: [String] { [] }

  /// Its name in the workbooks and on templates' lists, in both languages.
  package var displayName: LocalizedText {
    switch self {
    case .a: return LocalizedText(indonesian: "A", english: "A")
    case .b: return LocalizedText(indonesian: "B", english: "B")
    case .c: return LocalizedText(indonesian: "C", english: "C")
    }
  }

}

/// A library's national accreditation grade (*akreditasi*).
package enum Accreditation: String, ContractEnumeration, Codable {
  /// Grade A (*akreditasi A*).
  case a = "A"
  /// Grade B (*akreditasi B*).
  case b = "B"
  /// Grade C (*akreditasi C*).
  case c = "C"

  package var aliases: [String] { [] }
}

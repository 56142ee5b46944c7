/// One column of an input table, as data-contract.md declares it: its key, the other headers
/// it is read under, the type of its values, and whether it is required or what an empty cell
/// means.
package struct ContractColumn: Hashable, Sendable {
  /// What a column's cells hold, which decides how they are parsed.
  package enum ValueType: Hashable, Sendable {
    /// An id: text, trimmed (`id`).
    case id
    /// Free text, trimmed (`text`).
    case text
    /// A whole number >= 0 (`int`).
    case wholeNumber
    /// A whole number > 0 (`int > 0`).
    case positiveWholeNumber
    /// A number >= 0 (`num`).
    case number
    /// A rupiah amount >= 0 (`idr`).
    case rupiah
    /// A calendar date (`date`).
    case date
    /// A month (`month`).
    case month
    /// Yes or no (`bool`).
    case boolean
    /// One of the values of an enumeration.
    case enumeration(ContractEnumerationKind)
  }

  /// The key, which is also the English header: `spent_idr`.
  package let key: String
  /// The other headers the column is read under, Indonesian first: `realisasi`.
  package let aliases: [String]
  /// The type of its values.
  package let type: ValueType
  /// Whether the header must hold the column and every row a value (`*` in the contract).
  package let isRequired: Bool
  /// The value an empty cell or an absent column stands for, as the contract writes it
  /// (`0`, `true`, `dana_desa`); `nil` when an empty cell stays missing.
  package let defaultValue: String?
  /// The header of the column in a data-entry template, in both languages; each folds to the
  /// key or an alias, so the template's header loads as it is.
  package let header: LocalizedText

  /// A column with `key`, read also under `aliases`.
  package init(
    _ key: String, _ aliases: [String] = [], _ type: ValueType, required: Bool = false,
    default defaultValue: String? = nil, header: LocalizedText
  ) {
    self.key = key
    self.aliases = aliases
    self.type = type
    self.isRequired = required
    self.defaultValue = defaultValue
    self.header = header
  }

  /// The `library_id` column, whose aliases hold in every table.
  package static let libraryID = ContractColumn(
    "library_id", ["id_perpustakaan", "kode"], .id, required: true,
    header: LocalizedText(indonesian: "Kode", english: "Library ID"))
}

import PustakaCore

/// One column of a contract table: its name, aliases, value kind and whether it is required.
struct ColumnSpec: Sendable {
  /// What a column holds, which decides how its cells are parsed.
  enum Kind: Sendable, Equatable {
    /// An id, trimmed text.
    case id
    /// Free text, trimmed.
    case text
    /// A whole number >= 0 (`int`).
    case wholeNumber
    /// A number >= 0 (`num`).
    case number
    /// A rupiah amount >= 0 (`idr`).
    case money
    /// A calendar date.
    case date
    /// A month.
    case month
    /// A yes/no value.
    case boolean
    /// One of a closed set of values, listed for messages.
    case enumeration(expected: String)
  }

  /// The contract's name, such as `spent_idr`.
  let name: String
  /// The Indonesian and other names the header may use instead.
  let aliases: [String]
  /// The kind of value.
  let kind: Kind
  /// Whether the column must be in the header and its cells non-empty.
  let isRequired: Bool

  init(_ name: String, _ aliases: [String] = [], _ kind: Kind, required: Bool = false) {
    self.name = name
    self.aliases = aliases
    self.kind = kind
    self.isRequired = required
  }

  /// The `library_id` column, whose aliases hold in every table.
  static let libraryID = ColumnSpec("library_id", ["id_perpustakaan", "kode"], .id, required: true)

  /// What an empty required cell should have held, for the message.
  var expectation: String {
    switch kind {
    case .id: return "an id"
    case .text: return "text"
    case .wholeNumber: return "a whole number"
    case .number: return "a number"
    case .money: return "a rupiah amount"
    case .date: return "a date such as 2026-10-05 or 05/10/2026"
    case .month: return "a month such as 2026-10, 10/2026 or Oktober 2026"
    case .boolean: return "ya or tidak"
    case .enumeration(let expected): return "one of \(expected)"
    }
  }
}

/// The columns of one contract table.
struct TableSchema: Sendable {
  /// The table.
  let table: TableName
  /// Its columns; decoders refer to them by position in this array.
  let columns: [ColumnSpec]
}

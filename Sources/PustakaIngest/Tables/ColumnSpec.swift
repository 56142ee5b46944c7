import PustakaCore

/// One column of a contract table as the loader parses it: its name, aliases, value kind and
/// whether it is required (from `ContractColumn`).
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

  /// The loader's view of the contract's `column`.
  init(_ column: ContractColumn) {
    name = column.key
    aliases = column.aliases
    isRequired = column.isRequired
    switch column.type {
    case .id: kind = .id
    case .text: kind = .text
    case .wholeNumber, .positiveWholeNumber: kind = .wholeNumber
    case .number: kind = .number
    case .rupiah: kind = .money
    case .date: kind = .date
    case .month: kind = .month
    case .boolean: kind = .boolean
    case .enumeration(let enumeration): kind = .enumeration(expected: enumeration.expectedList)
    }
  }

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

/// The columns of one contract table, as the loader parses them.
struct TableSchema: Sendable {
  /// The table.
  let table: TableName
  /// Its columns, in the contract's order.
  let columns: [ColumnSpec]
  /// The contract's declaration of the table.
  let contract: ContractTable

  /// The schema of the contract's `table` (`DataContract`).
  init(_ table: ContractTable) {
    self.table = table.name
    columns = table.columns.map(ColumnSpec.init)
    contract = table
  }
}

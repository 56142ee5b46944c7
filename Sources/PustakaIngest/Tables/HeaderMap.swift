import PustakaCore

/// Where each contract column of a table sits in one file's header, and what else the header
/// holds.
struct HeaderMap {
  /// A header cell that maps to no contract column.
  struct UnknownColumn: Equatable {
    /// The 1-based position in the header.
    var position: Int
    /// The header text, trimmed.
    var name: String
  }

  /// A header cell mapping to a contract column an earlier cell already maps to.
  struct RepeatedColumn: Equatable {
    /// The 1-based position of the ignored cell.
    var position: Int
    /// Its header text, trimmed.
    var name: String
    /// The contract column's name.
    var field: String
    /// The 1-based position of the cell that is used.
    var usedPosition: Int
  }

  /// For each schema column, its 0-based index in the file, or `nil` when absent.
  let indices: [Int?]
  /// The number of header cells, up to the last named one.
  let width: Int
  /// Header cells that name no contract column.
  let unknown: [UnknownColumn]
  /// Header cells repeating a column.
  let repeated: [RepeatedColumn]
  /// Required columns absent from the header, by contract name.
  let missingRequired: [String]

  /// Resolves the header row `header` against `schema`.
  init(header: RawRow, schema: TableSchema) {
    var keyToColumn: [String: Int] = [:]
    for (position, column) in schema.columns.enumerated() {
      for name in [column.name] + column.aliases {
        keyToColumn[NameFolding.matchKey(name)] = position
      }
    }
    var indices = [Int?](repeating: nil, count: schema.columns.count)
    var unknown: [UnknownColumn] = []
    var repeated: [RepeatedColumn] = []
    let width = header.usedWidth
    for cellIndex in 0..<width {
      let name = header.displayText(cellIndex)
      guard let column = keyToColumn[NameFolding.matchKey(name)] else {
        unknown.append(UnknownColumn(position: cellIndex + 1, name: name))
        continue
      }
      if let used = indices[column] {
        repeated.append(
          RepeatedColumn(
            position: cellIndex + 1, name: name, field: schema.columns[column].name,
            usedPosition: used + 1))
      } else {
        indices[column] = cellIndex
      }
    }
    self.indices = indices
    self.width = width
    self.unknown = unknown
    self.repeated = repeated
    self.missingRequired = schema.columns.indices.compactMap { position in
      schema.columns[position].isRequired && indices[position] == nil
        ? schema.columns[position].name : nil
    }
  }
}

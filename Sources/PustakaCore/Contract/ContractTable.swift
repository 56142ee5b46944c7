/// One input table of the data contract: its name, its key and its columns.
package struct ContractTable: Hashable, Sendable {
  /// The table, whose name and Indonesian alias name files and sheets.
  package let name: TableName
  /// The columns two rows of the table must not share (data-contract.md, "Duplicates"), which
  /// a data-entry template fills in for each row; empty for activities, which have no key.
  package let key: [String]
  /// Its columns, in the contract's order.
  package let columns: [ContractColumn]

  /// The columns a data-entry template fills in on each row it writes.
  ///
  /// They are the key or, for activities, which have none, `library_id`. A returned row with
  /// nothing else is one the manager left empty.
  package var templateFilledKeys: [String] {
    key.isEmpty ? [ContractColumn.libraryID.key] : key
  }

  /// The column with `key`, or `nil` for none.
  package func column(_ key: String) -> ContractColumn? {
    columns.first { $0.key == key }
  }

  /// The position of the column with `key` among `columns`.
  ///
  /// Decoders resolve their columns' positions once, by key; a key the table lacks is a
  /// programming error, which every decoder's tests would hit at once.
  package func position(of key: String) -> Int {
    guard let position = columns.firstIndex(where: { $0.key == key }) else {
      preconditionFailure("the \(name.rawValue) table has no column \(key)")
    }
    return position
  }
}

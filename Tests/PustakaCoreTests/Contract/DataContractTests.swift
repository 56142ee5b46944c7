import Testing

@testable import PustakaCore

/// Issue 12.1: the declared contract is consistent in itself: every header and display name a
/// template shows loads back as its column or value.
@Suite struct DataContractTests {
  /// Whether `text` folds to `key` or one of `aliases`.
  static func folds(_ text: String, to key: String, or aliases: [String]) -> Bool {
    ([key] + aliases).map(NameFolding.matchKey).contains(NameFolding.matchKey(text))
  }

  @Test("every template header, in both languages, folds to its column's key or an alias")
  func headersLoad() {
    for table in DataContract.tables {
      for column in table.columns {
        #expect(
          Self.folds(column.header.english, to: column.key, or: column.aliases),
          "\(table.name.rawValue).\(column.key): \(column.header.english)")
        #expect(
          Self.folds(column.header.indonesian, to: column.key, or: column.aliases),
          "\(table.name.rawValue).\(column.key): \(column.header.indonesian)")
      }
    }
  }

  @Test("every display name of an enumeration value folds to its key or an alias")
  func displayNamesLoad() {
    for kind in ContractEnumerationKind.allCases {
      for value in kind.values {
        #expect(Self.folds(value.displayName.english, to: value.key, or: value.aliases))
        #expect(Self.folds(value.displayName.indonesian, to: value.key, or: value.aliases))
      }
    }
    #expect(BudgetCategory.facilities.displayName.indonesian == "Sarana prasarana")
  }

  @Test("keys are unique within a table, and every table is declared once in order")
  func keys() {
    #expect(DataContract.tables.map(\.name) == TableName.allCases)
    for table in DataContract.tables {
      #expect(Set(table.columns.map(\.key)).count == table.columns.count)
      #expect(DataContract.table(table.name) == table)
      #expect(table.columns.first == .libraryID)
    }
    #expect(DataContract.budget.position(of: "spent_idr") == 5)
    #expect(DataContract.budget.column("source")?.defaultValue == "dana_desa")
  }
}

/// The enumerations of the data contract: the closed sets of values a column may hold.
package enum ContractEnumerationKind: String, CaseIterable, Hashable, Sendable {
  /// `village_type`: `desa` or `kelurahan`.
  case villageType
  /// `accreditation`: `A`, `B` or `C`.
  case accreditation
  /// The budget's `category`.
  case budgetCategory
  /// The budget's `source`.
  case fundingSource
  /// The collection's `category`.
  case collectionCategory
  /// The activities' `type`.
  case activityType

  /// One value of an enumeration: its key, its aliases and its display name.
  package struct Value: Hashable, Sendable {
    /// The key, as the contract writes it: `dana_desa`.
    package let key: String
    /// The other names it is read under: `dd`, `apbdes`.
    package let aliases: [String]
    /// Its name in workbooks and on templates' lists.
    package let displayName: LocalizedText
  }

  /// The enumeration's values, in the contract's order.
  package var values: [Value] {
    switch self {
    case .villageType: return Self.values(of: VillageType.self)
    case .accreditation: return Self.values(of: Accreditation.self)
    case .budgetCategory: return Self.values(of: BudgetCategory.self)
    case .fundingSource: return Self.values(of: FundingSource.self)
    case .collectionCategory: return Self.values(of: CollectionCategory.self)
    case .activityType: return Self.values(of: ActivityType.self)
    }
  }

  /// The keys for messages: `a, b or c`.
  package var expectedList: String { ContractNames.orList(values.map(\.key)) }

  private static func values<Enumeration: ContractEnumeration>(of type: Enumeration.Type)
    -> [Value]
  {
    Enumeration.allCases.map {
      Value(key: $0.rawValue, aliases: $0.aliases, displayName: $0.displayName)
    }
  }
}

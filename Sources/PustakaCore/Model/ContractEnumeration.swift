/// A closed set of values of the data contract whose cells are matched like headers.
///
/// The raw value is the contract's English key (`dana_desa`); `aliases` are the Indonesian and
/// other accepted spellings (`dd`, `apbdes`). Matching uses `NameFolding.matchKey(_:)`.
package protocol ContractEnumeration: CaseIterable, Hashable, Sendable, RawRepresentable
where RawValue == String {
  /// The other names this value is written under (*alias*), besides its raw value.
  var aliases: [String] { get }
  /// Its name as people read and type it, in both languages: in the workbooks, and on the
  /// lists of a data-entry template. Each folds (`NameFolding`) to the raw value or an alias,
  /// so a value picked from a template's list loads as it is.
  var displayName: LocalizedText { get }
}

extension ContractEnumeration {
  /// The value whose name or alias has the same match key as `text`, or `nil` for none.
  package init?(matching text: String) {
    self.init(matchKey: NameFolding.matchKey(text))
  }

  /// The value whose name or alias folds to `key` (already a match key), or `nil` for none.
  package init?(matchKey key: String) {
    for value in Self.allCases {
      if NameFolding.matchKey(value.rawValue) == key
        || value.aliases.contains(where: { NameFolding.matchKey($0) == key })
      {
        self = value
        return
      }
    }
    return nil
  }

  /// The raw values of all cases, for messages: `a, b or c`.
  package static var expectedList: String { ContractNames.orList(allCases.map(\.rawValue)) }
}

/// Lists of the contract's names in messages.
package enum ContractNames {
  /// `a, b or c`; one name alone; nothing for none.
  package static func orList(_ names: [String]) -> String {
    guard let last = names.last else { return "" }
    return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " or " + last
  }
}

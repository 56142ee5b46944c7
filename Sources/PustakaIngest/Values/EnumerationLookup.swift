import PustakaCore

/// Finds the value of a contract enumeration for a cell, matching like headers.
///
/// The table of match keys is built once per column, so ASCII cells cost one fold and one
/// dictionary look-up.
struct EnumerationLookup<Value: ContractEnumeration> {
  /// The outcome of a look-up.
  enum Match: Equatable {
    /// The cell folds to nothing (empty, `-`, `--`): the value is missing.
    case empty
    /// The cell names this value.
    case value(Value)
    /// The cell names no value.
    case unknown
  }

  private let byKey: [String: Value]

  init() {
    var table: [String: Value] = [:]
    for value in Value.allCases {
      for name in [value.rawValue] + value.aliases {
        table[NameFolding.matchKey(name)] = value
      }
    }
    byKey = table
  }

  /// The value trimmed `text` names.
  func match(_ text: ArraySlice<UInt8>) -> Match {
    let key =
      text.allSatisfy { $0 < 0x80 }
      ? NameFolding.asciiMatchKey(text)
      : NameFolding.matchKey(String(decoding: text, as: UTF8.self))
    if key.isEmpty { return .empty }
    return byKey[key].map(Match.value) ?? .unknown
  }
}

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
  /// The names and aliases as written, in lower and upper case too, each with the value its
  /// folded key gives: a cell spelled so is found without folding (no allocation).
  private let bySpelling: [ArraySlice<UInt8>: Value]

  init() {
    var table: [String: Value] = [:]
    for value in Value.allCases {
      for name in [value.rawValue] + value.aliases {
        table[NameFolding.matchKey(name)] = value
      }
    }
    var spellings: [ArraySlice<UInt8>: Value] = [:]
    for value in Value.allCases {
      for name in [value.rawValue] + value.aliases {
        for spelling in [name, name.lowercased(), name.uppercased()] {
          guard let folded = table[NameFolding.matchKey(spelling)] else { continue }
          spellings[ArraySlice(spelling.utf8)] = folded
        }
      }
    }
    byKey = table
    bySpelling = spellings
  }

  /// The value trimmed `text` names.
  func match(_ text: ArraySlice<UInt8>) -> Match {
    if let value = bySpelling[text] { return .value(value) }
    let key =
      text.allSatisfy { $0 < 0x80 }
      ? NameFolding.asciiMatchKey(text)
      : NameFolding.matchKey(String(decoding: text, as: UTF8.self))
    if key.isEmpty { return .empty }
    return byKey[key].map(Match.value) ?? .unknown
  }
}

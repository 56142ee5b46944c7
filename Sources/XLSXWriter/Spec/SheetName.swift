import Foundation

/// Rules for worksheet names, as Excel enforces them.
package enum SheetName {
  /// The longest name Excel accepts.
  package static let maximumLength = 31

  /// The characters Excel refuses in a sheet name.
  package static let forbiddenCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

  /// The reason `name` cannot name a sheet, or `nil` when Excel accepts it.
  package static func problem(with name: String) -> String? {
    if name.isEmpty { return "a sheet name cannot be empty" }
    if name.count > maximumLength {
      return "a sheet name has at most \(maximumLength) characters"
    }
    if let bad = name.first(where: { forbiddenCharacters.contains($0) }) {
      return "a sheet name cannot contain '\(bad)'"
    }
    if name.hasPrefix("'") || name.hasSuffix("'") {
      return "a sheet name cannot start or end with an apostrophe"
    }
    return nil
  }

  /// The name as a formula needs it: quoted (with inner apostrophes doubled) unless it is a
  /// plain identifier.
  package static func quotedForFormula(_ name: String) -> String {
    let plain = name.unicodeScalars.allSatisfy { scalar in
      scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
        || scalar == "."
    }
    let startsWithLetter = name.unicodeScalars.first.map { $0.properties.isAlphabetic } ?? false
    if plain && startsWithLetter { return name }
    return "'\(name.replacingOccurrences(of: "'", with: "''"))'"
  }
}

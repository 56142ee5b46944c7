/// Turns names from the data (regencies, districts, library ids) into safe file-name parts.
///
/// A name from the data is never trusted as a path: separators, `..`, control characters and
/// the characters Windows refuses become `_`, leading dots are dropped (no hidden files, no
/// parent folders), Windows' reserved device names get a `_` prefix, and the result is at
/// most 80 characters. `../../etc` becomes `etc`; `Ngawi/Kota` becomes `Ngawi_Kota`.
package enum SafeFileName {
  /// The longest file-name part produced, in characters.
  package static let maximumLength = 80

  /// Characters replaced by `_`: path separators and what Windows file systems refuse.
  private static let forbidden: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]

  /// Windows device names that cannot name a file, whatever the extension.
  private static let reservedNames = Set(
    ["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })

  /// A safe version of `name`, never empty (`fallback` when nothing usable is left).
  package static func make(_ name: String, fallback: String = "unnamed") -> String {
    var cleaned = ""
    var lastWasSpace = false
    for character in name {
      let isControl = character.unicodeScalars.contains {
        $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
      }
      if character.isWhitespace {
        if !lastWasSpace && !cleaned.isEmpty { cleaned.append(" ") }
        lastWasSpace = true
        continue
      }
      lastWasSpace = false
      cleaned.append(forbidden.contains(character) || isControl ? "_" : character)
    }
    var parts = cleaned.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
    parts = parts.map { $0 == ".." || $0 == "." ? "" : $0 }
    cleaned = parts.joined(separator: "_")
    while let first = cleaned.first, first == "." || first == "_" || first == " " {
      cleaned.removeFirst()
    }
    while let last = cleaned.last, last == "." || last == " " || last == "_" {
      cleaned.removeLast()
    }
    if cleaned.count > maximumLength {
      cleaned = String(cleaned.prefix(maximumLength))
      while let last = cleaned.last, last == "." || last == " " { cleaned.removeLast() }
    }
    if cleaned.isEmpty { return fallback }
    let stem = cleaned.split(separator: ".").first.map(String.init) ?? cleaned
    if reservedNames.contains(stem.uppercased()) { cleaned = "_" + cleaned }
    return cleaned
  }
}

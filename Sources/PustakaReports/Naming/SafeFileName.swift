/// Turns names from the data (regencies, districts, library ids) into safe file-name parts.
///
/// A name from the data is never trusted as a path: separators, `..`, control characters and
/// the characters Windows refuses become `_`, leading dots are dropped (no hidden files, no
/// parent folders), Windows' reserved device names get a `_` prefix, and the result is at
/// most 80 characters and 160 UTF-8 bytes. `../../etc` becomes `etc`; `Ngawi/Kota` becomes
/// `Ngawi_Kota`.
///
/// File systems take 255 bytes per path component, and a part is used with a prefix and a
/// suffix (`Rekap-<name>-2025-11..2026-10.xlsx`, and while being written
/// `.<file>.<pid>-<8 hex>.tmp`): 160 bytes leave room for all of them. A name that is cut is
/// cut at a character boundary and ends with `~` and 8 hex digits of a hash of the whole name,
/// so two long names that share their beginning stay apart, whatever order they come in.
package enum SafeFileName {
  /// The longest file-name part produced, in characters.
  package static let maximumLength = 80
  /// The longest file-name part produced, in UTF-8 bytes.
  package static let maximumBytes = 160

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
    if cleaned.count > maximumLength || cleaned.utf8.count > maximumBytes {
      cleaned = shortened(cleaned)
    }
    if cleaned.isEmpty { return fallback }
    let stem = cleaned.split(separator: ".").first.map(String.init) ?? cleaned
    if reservedNames.contains(stem.uppercased()) { cleaned = "_" + cleaned }
    return cleaned
  }

  /// `name` cut to fit both limits with room for `~` and its hash.
  private static func shortened(_ name: String) -> String {
    let tag = "~" + hashHex(name)
    var kept = ""
    var bytes = 0
    for character in name {
      let size = character.utf8.count
      guard kept.count + 1 + tag.count <= maximumLength,
        bytes + size + tag.utf8.count <= maximumBytes
      else { break }
      kept.append(character)
      bytes += size
    }
    while let last = kept.last, last == "." || last == " " || last == "_" { kept.removeLast() }
    return kept + tag
  }

  /// 8 lower-case hex digits of the 32-bit FNV-1a hash of `name`'s UTF-8 bytes.
  private static func hashHex(_ name: String) -> String {
    var hash: UInt32 = 0x811C_9DC5
    for byte in name.utf8 {
      hash ^= UInt32(byte)
      hash = hash &* 0x0100_0193
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }
}

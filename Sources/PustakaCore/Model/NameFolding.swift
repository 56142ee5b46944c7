import Foundation

/// The data contract's rules for comparing names (*pencocokan nama*): headers, enumerated values,
/// place names and partner names.
package enum NameFolding {
  /// The key under which headers and enumerated values are compared.
  ///
  /// NFKC normalisation (`m²` becomes `m2`), lower-casing, then every character that is not a
  /// letter or a digit removed: `Library ID`, `library-id` and `LIBRARY_ID` all give `libraryid`;
  /// `Non-Fiksi` gives `nonfiksi`. A value such as `-` folds to the empty string.
  package static func matchKey(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      return asciiMatchKey(text.utf8)
    }
    let normalised = text.precomposedStringWithCompatibilityMapping.lowercased()
    var scalars = String.UnicodeScalarView()
    for scalar in normalised.unicodeScalars where isLetterOrDigit(scalar) {
      scalars.append(scalar)
    }
    return String(scalars)
  }

  /// The match key of ASCII text given as bytes (the fast path of `matchKey(_:)`).
  package static func asciiMatchKey<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
    var kept: [UInt8] = []
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        kept.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"):
        kept.append(byte + 32)
      default:
        continue
      }
    }
    return String(decoding: kept, as: UTF8.self)
  }

  /// The key under which regency, district and village names are grouped.
  ///
  /// NFKC normalisation, trimming, runs of white space collapsed to one space, lower-casing:
  /// `NGAWI` and ` Ngawi ` give `ngawi`.
  package static func placeKey(_ text: String) -> String {
    if let folded = asciiCollapsedLowercase(text) { return folded }
    return collapsedWhiteSpace(text.precomposedStringWithCompatibilityMapping).lowercased()
  }

  /// The key under which activity partners (*mitra*) are counted as distinct.
  ///
  /// Trimmed, runs of white space collapsed to one space, case-folded.
  package static func partnerKey(_ text: String) -> String {
    asciiCollapsedLowercase(text) ?? collapsedWhiteSpace(text).lowercased()
  }

  /// `collapsedWhiteSpace(text).lowercased()` worked out on the bytes, for ASCII text (where
  /// NFKC changes nothing and the white space is space, tab, line feed, vertical tab, form
  /// feed and carriage return); `nil` for any other text.
  static func asciiCollapsedLowercase(_ text: String) -> String? {
    var kept: [UInt8] = []
    kept.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      switch byte {
      case 0x80...: return nil
      case 0x09...0x0D, 0x20:
        pendingSpace = !kept.isEmpty
      default:
        if pendingSpace { kept.append(0x20) }
        pendingSpace = false
        kept.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
      }
    }
    return String(decoding: kept, as: UTF8.self)
  }

  /// `text` trimmed, with every run of Unicode white space replaced by one space.
  package static func collapsedWhiteSpace(_ text: String) -> String {
    var result = ""
    var pendingSpace = false
    for character in text {
      if character.isWhitespace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(character)
      }
    }
    return result
  }

  private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber:
      return true
    default:
      return false
    }
  }
}

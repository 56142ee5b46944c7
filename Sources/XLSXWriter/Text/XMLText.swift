/// Text as XML 1.0 can carry it, for every string the writer hands to libxlsxwriter.
///
/// XML 1.0 has no way to write the C0 control characters other than tab, line feed and
/// carriage return, nor U+FFFE and U+FFFF: not even as character references. libxlsxwriter
/// 1.1.4 copies them into the file as they are, which makes the part not well-formed and the
/// whole workbook unreadable (a vertical tab in one library name broke every report of a run).
/// Each such character is replaced by U+FFFD REPLACEMENT CHARACTER, in cells, formulas and
/// their cached text, sheet names, chart titles, names and axis titles, headers and footers,
/// document properties, comments, tables, defined names, data validations and number formats
/// alike, so a sheet name and every reference to it change the same way. U+FFFD is one UTF-16
/// unit like the character it replaces, so Excel's length limits see the same count. NUL is a
/// C0 control too: replacing it also keeps it from cutting a C string short.
package enum XMLText {
  /// What every character that XML 1.0 cannot carry becomes.
  package static let replacement: Unicode.Scalar = "\u{FFFD}"

  /// Whether XML 1.0 can carry `scalar` (Swift strings never hold lone surrogates).
  package static func canCarry(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: return true
    case 0x0..<0x20, 0xFFFE, 0xFFFF: return false
    default: return true
    }
  }

  /// `text` with every character XML 1.0 cannot carry replaced by `replacement`.
  ///
  /// Text without such characters (nearly all) is returned as it is after one pass over its
  /// UTF-8 bytes: C0 controls are single bytes below 0x20, U+FFFE and U+FFFF start with 0xEF.
  package static func cleaned(_ text: String) -> String {
    let suspicious = text.utf8.contains { byte in
      (byte < 0x20 && byte != 0x9 && byte != 0xA && byte != 0xD) || byte == 0xEF
    }
    guard suspicious, !text.unicodeScalars.allSatisfy(canCarry) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(canCarry(scalar) ? scalar : replacement)
    }
    return String(scalars)
  }
}

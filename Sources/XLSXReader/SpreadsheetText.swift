/// Text as SpreadsheetML stores it: runs to join and `_xHHHH_` escapes to decode.
enum SpreadsheetText {
  /// The text of a string item (`<si>`, `<is>`, a comment's `<text>`): its `<t>` plus every rich
  /// text run's `<t>`, joined; phonetic runs (`<rPh>`) are left out.
  static func of(_ item: MarkupElement) -> String {
    var result = ""
    for child in item.children where Namespace.spreadsheet.contains(child.namespace) {
      switch child.name {
      case "t":
        result += child.text
      case "r":
        for run in child.children("t", in: .spreadsheet) {
          result += run.text
        }
      default:
        continue
      }
    }
    return decodeEscapes(result)
  }

  /// Decodes the `_xHHHH_` escapes Excel writes for characters XML cannot carry (`_x000D_` is a
  /// carriage return; `_x005F_` is a literal underscore, so `_x005F_x000D_` reads `_x000D_`).
  static func decodeEscapes(_ text: String) -> String {
    guard text.contains("_x") else { return text }
    let units = Array(text.utf16)
    var output: [UInt16] = []
    output.reserveCapacity(units.count)
    var index = 0
    while index < units.count {
      if index + 6 < units.count, units[index] == 0x5F, units[index + 1] == 0x78,
        units[index + 6] == 0x5F, let value = hexValue(units[(index + 2)..<(index + 6)])
      {
        output.append(value)
        index += 7
      } else {
        output.append(units[index])
        index += 1
      }
    }
    return String(decoding: output, as: UTF16.self)
  }

  /// Whether UTF-8 `bytes` contain `_x`, without which `decodeEscapes` changes nothing.
  static func mayHoldEscapes(_ bytes: [UInt8]) -> Bool {
    var index = 0
    while index + 1 < bytes.count {
      if bytes[index] == 0x5F, bytes[index + 1] == 0x78 { return true }
      index += 1
    }
    return false
  }

  private static func hexValue(_ digits: ArraySlice<UInt16>) -> UInt16? {
    var value: UInt16 = 0
    for unit in digits {
      let digit: UInt16
      switch unit {
      case 0x30...0x39: digit = unit - 0x30
      case 0x41...0x46: digit = unit - 0x41 + 10
      case 0x61...0x66: digit = unit - 0x61 + 10
      default: return nil
      }
      value = value * 16 + digit
    }
    return value
  }
}

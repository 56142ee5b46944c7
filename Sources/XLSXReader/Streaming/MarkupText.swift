/// Decodes the character data and attribute values `MarkupScanner` reads, as XML 1.0 says.
enum MarkupText {
  /// Appends the decoded form of `raw` to `output`: the five predefined entities and character
  /// references are replaced, line ends (CR LF, CR) become LF, and in attribute values each
  /// tab and line end becomes a space (XML 1.0, 2.11 and 3.3.3).
  ///
  /// - Returns: false when `raw` holds an entity reference that is not predefined, a character
  ///   reference that names no XML character, or a bare `&`.
  @discardableResult
  static func decode(
    _ raw: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], isAttribute: Bool
  ) -> Bool {
    var index = 0
    let count = raw.count
    while index < count {
      let byte = raw[index]
      switch byte {
      case UInt8(ascii: "&"):
        var end = index + 1
        while end < count, raw[end] != UInt8(ascii: ";"), end - index < 12 {
          end += 1
        }
        guard end < count, raw[end] == UInt8(ascii: ";"),
          let scalar = entity(UnsafeBufferPointer(rebasing: raw[(index + 1)..<end]))
        else { return false }
        output.append(contentsOf: String(Character(scalar)).utf8)
        index = end + 1
      case UInt8(ascii: "\r"):
        output.append(isAttribute ? UInt8(ascii: " ") : UInt8(ascii: "\n"))
        index += index + 1 < count && raw[index + 1] == UInt8(ascii: "\n") ? 2 : 1
      case UInt8(ascii: "\n"), UInt8(ascii: "\t"):
        output.append(isAttribute ? UInt8(ascii: " ") : byte)
        index += 1
      default:
        output.append(byte)
        index += 1
      }
    }
    return true
  }

  /// The character an entity or character reference body (`amp`, `#65`, `#x1F600`) stands for.
  private static func entity(_ body: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
    switch String(decoding: body, as: UTF8.self) {
    case "lt": return "<"
    case "gt": return ">"
    case "amp": return "&"
    case "quot": return "\""
    case "apos": return "'"
    case let text where text.hasPrefix("#x"):
      return character(UInt32(text.dropFirst(2), radix: 16))
    case let text where text.hasPrefix("#"):
      return character(UInt32(text.dropFirst(), radix: 10))
    default:
      return nil
    }
  }

  /// The scalar `value` names when it is a character XML 1.0 allows.
  private static func character(_ value: UInt32?) -> Unicode.Scalar? {
    guard let value, let scalar = Unicode.Scalar(value) else { return nil }
    switch value {
    case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return scalar
    default: return nil
    }
  }

  /// Whether `bytes` are valid UTF-8 (a fast path for ASCII).
  static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in bytes where byte >= 0x80 {
      return String(validating: bytes, as: UTF8.self) != nil
    }
    return true
  }
}

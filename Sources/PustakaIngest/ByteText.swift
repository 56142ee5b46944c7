/// Helpers for text held as UTF-8 bytes.
enum ByteText {
  /// `text` without leading and trailing spaces, tabs, line ends and no-break spaces (U+00A0).
  static func trimmed(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var start = text.startIndex
    var end = text.endIndex
    while start < end {
      if isSpace(text[start]) {
        start += 1
      } else if text[start] == 0xC2, start + 1 < end, text[start + 1] == 0xA0 {
        start += 2
      } else {
        break
      }
    }
    while end > start {
      if isSpace(text[end - 1]) {
        end -= 1
      } else if end - 2 >= start, text[end - 2] == 0xC2, text[end - 1] == 0xA0 {
        end -= 2
      } else {
        break
      }
    }
    return text[start..<end]
  }

  /// Whether `byte` is an ASCII space, tab, carriage return or line feed.
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
  }

  /// Whether `byte` is an ASCII digit.
  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= 0x30 && byte <= 0x39
  }

  /// A number as a person would write it: `12`, not `12.0`; `12.5`.
  static func display(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 {
      return String(Int64(value))
    }
    return String(value)
  }

  /// The text of `bytes` with ASCII letters lower-cased (other bytes unchanged).
  static func asciiLowercased(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
  }
}

/// Parses yes/no cells: `1/0`, `true/false`, `ya/tidak`, `y/n`, `yes/no`, in any case.
enum BooleanParser {
  /// The value of trimmed `text`, or `nil` when it is none of the accepted spellings.
  static func parse(_ text: ArraySlice<UInt8>) -> Bool? {
    guard text.count <= 5 else { return nil }
    switch String(decoding: ByteText.asciiLowercased(text), as: UTF8.self) {
    case "1", "true", "ya", "y", "yes": return true
    case "0", "false", "tidak", "n", "no": return false
    default: return nil
    }
  }
}

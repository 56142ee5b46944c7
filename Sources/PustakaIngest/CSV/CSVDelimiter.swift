/// The field separator of a CSV file, which also decides how its numbers are written.
enum CSVDelimiter: UInt8, Equatable, Sendable {
  /// `,`, the international default: `.` is the decimal separator.
  case comma = 0x2C
  /// `;`, what Excel writes in an Indonesian locale: `1.234,5` is allowed.
  case semicolon = 0x3B
  /// A tab, as in `.tsv` files: numbers as in comma files.
  case tab = 0x09

  /// The number style of cells in a file with this delimiter.
  var numberStyle: NumberStyle {
    self == .semicolon ? .localised : .international
  }

  /// The delimiter of a header line: the most frequent of `;`, `,` and tab outside quotes, `,`
  /// on a tie.
  ///
  /// - Parameter line: the bytes of the header line.
  static func detect<Bytes: Sequence<UInt8>>(headerLine line: Bytes) -> CSVDelimiter {
    var commas = 0
    var semicolons = 0
    var tabs = 0
    var quoted = false
    for byte in line {
      switch byte {
      case UInt8(ascii: "\""): quoted.toggle()
      case UInt8(ascii: ","): if !quoted { commas += 1 }
      case UInt8(ascii: ";"): if !quoted { semicolons += 1 }
      case 0x09: if !quoted { tabs += 1 }
      default: continue
      }
    }
    if semicolons > commas, semicolons > tabs { return .semicolon }
    if tabs > commas, tabs > semicolons { return .tab }
    return .comma
  }
}

/// A 0-based cell position read from, or rendered as, the A1 text the file stores.
///
/// The reader must parse the `r` attributes and range texts a file holds; nothing else in the
/// project parses A1 text.
struct CellAddress: Sendable, Equatable {
  /// The largest 0-based row and column Excel allows.
  static let maximumRow = 1_048_575
  static let maximumColumn = 16_383

  var row: Int
  var column: Int

  /// Reads "B3" (and "$B$3") as row 2, column 1; nil for anything else.
  init?(_ text: some StringProtocol) {
    var column = 0
    var row = 0
    var letters = 0
    var digits = 0
    for character in text.utf8 where character != UInt8(ascii: "$") {
      switch character {
      case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
        column = column * 26 + Int(character - UInt8(ascii: "A")) + 1
        letters += 1
      case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
        column = column * 26 + Int(character - UInt8(ascii: "a")) + 1
        letters += 1
      case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
        row = row * 10 + Int(character - UInt8(ascii: "0"))
        digits += 1
      default:
        return nil
      }
      if letters > 3 || digits > 7 { return nil }
    }
    guard letters > 0, digits > 0, row >= 1, column - 1 <= Self.maximumColumn,
      row - 1 <= Self.maximumRow
    else { return nil }
    self.row = row - 1
    self.column = column - 1
  }

  /// A position from 0-based indexes.
  init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }

  /// The column's letters: 0 is "A", 26 is "AA".
  static func columnName(_ column: Int) -> String {
    var number = column + 1
    var letters: [Character] = []
    while number > 0 {
      let remainder = (number - 1) % 26
      letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
      number = (number - 1) / 26
    }
    return String(letters.reversed())
  }

  /// The A1 text: row 2, column 1 is "B3".
  var a1: String {
    "\(Self.columnName(column))\(row + 1)"
  }
}

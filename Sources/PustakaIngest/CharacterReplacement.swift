/// Characters in one text cell that XML 1.0 cannot carry, replaced by U+FFFD when read.
///
/// Workbooks are XML: a C0 control character other than tab, line feed and carriage return
/// (U+0000 to U+001F), or U+FFFE or U+FFFF, makes every part holding it not well-formed, so
/// one vertical tab in a library name would break the charts, headers and properties of every
/// workbook of a run. The loader replaces each such character with U+FFFD (the replacement
/// character, as the writer does), keeps the row, and warns naming the file, line and column.
/// One character stands for one, so lengths in Unicode scalars stay as read.
struct CharacterReplacement: Equatable, Sendable {
  /// The 0-based index of the cell in its row.
  var cell: Int
  /// The first character replaced.
  var first: Unicode.Scalar
  /// How many characters were replaced in the cell.
  var count: Int
}

extension RawRow {
  /// The UTF-8 bytes of U+FFFD, which replaces every character XML cannot carry.
  static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

  /// Replaces, in every text cell, the characters XML 1.0 cannot carry with U+FFFD and records
  /// where in `replacements`; a row without such characters is left as it is.
  ///
  /// Bytes are valid UTF-8 here (CSV files are checked; sheet text is decoded), so the only
  /// sequences to find are single bytes below 0x20 other than tab, LF and CR, and the
  /// three-byte sequences `EF BF BE` (U+FFFE) and `EF BF BF` (U+FFFF).
  mutating func replaceCharactersXMLCannotCarry() {
    guard bytes.contains(where: { $0 < 0x20 || $0 == 0xEF }) else { return }
    var rebuilt: [UInt8] = []
    rebuilt.reserveCapacity(bytes.count + 8)
    var found: [CharacterReplacement] = []
    var rebuiltCells = cells
    for index in cells.indices {
      guard case .text(let range) = cells[index] else { continue }
      let start = rebuilt.count
      var first: Unicode.Scalar?
      var count = 0
      var position = range.lowerBound
      while position < range.upperBound {
        let byte = bytes[position]
        var illegal: Unicode.Scalar?
        var width = 1
        if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
          illegal = Unicode.Scalar(byte)
        } else if byte == 0xEF, position + 2 < range.upperBound, bytes[position + 1] == 0xBF,
          bytes[position + 2] == 0xBE || bytes[position + 2] == 0xBF
        {
          illegal = bytes[position + 2] == 0xBE ? "\u{FFFE}" : "\u{FFFF}"
          width = 3
        }
        if let illegal {
          if first == nil { first = illegal }
          count += 1
          rebuilt.append(contentsOf: Self.replacementCharacter)
        } else {
          rebuilt.append(byte)
        }
        position += width
      }
      rebuiltCells[index] = .text(start..<rebuilt.count)
      if let first { found.append(CharacterReplacement(cell: index, first: first, count: count)) }
    }
    guard !found.isEmpty else { return }
    bytes = rebuilt
    cells = rebuiltCells
    replacements = found
  }
}

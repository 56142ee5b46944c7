/// Expands a shared formula's master text to another cell of its range.
///
/// Excel writes a formula filled down or across once, on the master cell, and gives the other
/// cells only the group's index. Each relative reference moves by the cell's offset from the
/// master; `$`-anchored parts stay. Text in double quotes, quoted sheet names and structured
/// references in brackets are left alone; a name followed by "(" is a function, not a cell.
enum SharedFormula {
  /// The master text moved by `rows` and `columns`, or nil when the text has whole-row or
  /// whole-column references ("A:A", "1:3") that this expansion does not shift.
  static func shift(_ formula: String, rows: Int, columns: Int) -> String? {
    let characters = Array(formula)
    var output = ""
    var index = 0
    while index < characters.count {
      let character = characters[index]
      switch character {
      case "\"", "'":
        let end = closingQuote(characters, from: index)
        output += String(characters[index..<end])
        index = end
      case "[":
        let end = characters[index...].firstIndex(of: "]").map { $0 + 1 } ?? characters.count
        output += String(characters[index..<end])
        index = end
      default:
        if isTokenStart(characters, index), let token = reference(characters, from: index) {
          if token.isWholeLine { return nil }
          guard let shifted = token.shifted(rows: rows, columns: columns) else {
            output += "#REF!"
            index = token.end
            continue
          }
          output += shifted
          index = token.end
        } else if isNamePart(character) {
          let end = characters[index...].firstIndex { !isNamePart($0) } ?? characters.count
          output += String(characters[index..<end])
          index = end
        } else {
          output.append(character)
          index += 1
        }
      }
    }
    return output
  }

  private struct Token {
    var columnAbsolute: Bool
    var column: Int
    var rowAbsolute: Bool
    var row: Int
    var end: Int
    var isWholeLine: Bool

    func shifted(rows: Int, columns: Int) -> String? {
      let newColumn = columnAbsolute ? column : column + columns
      let newRow = rowAbsolute ? row : row + rows
      guard (0...CellAddress.maximumColumn).contains(newColumn),
        (0...CellAddress.maximumRow).contains(newRow)
      else { return nil }
      return (columnAbsolute ? "$" : "") + CellAddress.columnName(newColumn)
        + (rowAbsolute ? "$" : "") + String(newRow + 1)
    }
  }

  private static func isNamePart(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_" || character == "."
      || character == "\\"
  }

  private static func isTokenStart(_ characters: [Character], _ index: Int) -> Bool {
    index == 0 || !isNamePart(characters[index - 1])
  }

  private static func closingQuote(_ characters: [Character], from start: Int) -> Int {
    let quote = characters[start]
    var index = start + 1
    while index < characters.count {
      if characters[index] == quote {
        if index + 1 < characters.count, characters[index + 1] == quote {
          index += 2
          continue
        }
        return index + 1
      }
      index += 1
    }
    return characters.count
  }

  /// Reads `$A$1`-style, `A:A`-style or `1:1`-style references starting at `start`.
  private static func reference(_ characters: [Character], from start: Int) -> Token? {
    var index = start
    func dollar() -> Bool {
      guard index < characters.count, characters[index] == "$" else { return false }
      index += 1
      return true
    }
    func run(_ predicate: (Character) -> Bool) -> String {
      let begin = index
      while index < characters.count, predicate(characters[index]) {
        index += 1
      }
      return String(characters[begin..<index])
    }
    let columnAbsolute = dollar()
    let letters = run { $0.isASCII && $0.isLetter }
    let rowAbsolute = dollar()
    let digits = run { $0.isASCII && $0.isNumber }
    let following = index < characters.count ? characters[index] : nil
    if let following, isNamePart(following) || following == "(" || following == "!" {
      return nil
    }
    if letters.isEmpty != digits.isEmpty, following == ":" {
      // A whole column ("A:C") or whole row ("1:3") reference.
      return Token(
        columnAbsolute: false, column: 0, rowAbsolute: false, row: 0, end: index,
        isWholeLine: letters.count <= 3 && digits.count <= 7)
    }
    guard !letters.isEmpty, !digits.isEmpty, let address = CellAddress(letters + digits) else {
      return nil
    }
    return Token(
      columnAbsolute: columnAbsolute, column: address.column, rowAbsolute: rowAbsolute,
      row: address.row, end: index, isWholeLine: false)
  }
}

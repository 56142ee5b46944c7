/// One row as read from a CSV line or a sheet row, before its cells are given types.
///
/// Text cells are byte ranges into `bytes`, so reading a CSV line allocates nothing per field;
/// the buffer is reused from row to row.
struct RawRow {
  /// A cell of a raw row.
  enum Cell: Equatable {
    /// Text, as the range of its bytes (UTF-8, untrimmed) in `RawRow.bytes`.
    case text(Range<Int>)
    /// A numeric `.xlsx` cell; `isDate` when its number format shows a date.
    case number(Double, isDate: Bool)
    /// A boolean `.xlsx` cell.
    case boolean(Bool)
  }

  /// The text of all text cells, one after the other.
  var bytes: [UInt8] = []
  /// The cells, in file order.
  var cells: [Cell] = []
  /// The 1-based line (CSV) or row (sheet) where the row starts.
  var line = 0
  /// Whether the row ended inside a quoted field (a quote opened and never closed).
  var hasUnterminatedQuote = false
  /// The text cells in which characters XML cannot carry were replaced by U+FFFD, in cell
  /// order (see `replaceCharactersXMLCannotCarry()`).
  var replacements: [CharacterReplacement] = []

  /// Empties the row, keeping its storage.
  mutating func reset() {
    bytes.removeAll(keepingCapacity: true)
    cells.removeAll(keepingCapacity: true)
    hasUnterminatedQuote = false
    replacements.removeAll(keepingCapacity: true)
  }

  /// Appends a text cell holding `text`.
  mutating func appendText<Bytes: Collection<UInt8>>(_ text: Bytes) {
    let start = bytes.count
    bytes.append(contentsOf: text)
    cells.append(.text(start..<bytes.count))
  }

  /// The value of text cell `index` when it is 1 to `maximumDigits` (at most 18) ASCII digits
  /// and nothing else, as most numeric cells of a CSV file are; `nil` for any other cell.
  ///
  /// Such a cell needs no trimming and holds no sign, separator or fraction, so its value is
  /// what `NumberParser` would give, found without slicing the row's bytes.
  func plainDigits(_ index: Int, atMost maximumDigits: Int) -> UInt64? {
    guard index < cells.count, case .text(let range) = cells[index], !range.isEmpty,
      range.count <= min(maximumDigits, 18)
    else { return nil }
    return bytes.withUnsafeBufferPointer { buffer in
      var value: UInt64 = 0
      for offset in range {
        let digit = buffer[offset] &- 0x30
        guard digit < 10 else { return nil }
        value = value &* 10 &+ UInt64(digit)
      }
      return value
    }
  }

  /// The trimmed bytes of text cell `index`; empty for an absent or non-text cell.
  func trimmedText(_ index: Int) -> ArraySlice<UInt8> {
    guard index < cells.count, case .text(let range) = cells[index] else { return [] }
    return ByteText.trimmed(bytes[range])
  }

  /// Whether cell `index` is absent or empty after trimming.
  func isEmpty(_ index: Int) -> Bool {
    guard index < cells.count else { return true }
    switch cells[index] {
    case .text(let range):
      // Most cells start with a byte that trimming keeps: no need to trim them.
      guard let first = range.first else { return true }
      if !ByteText.isSpace(bytes[first]), bytes[first] != 0xC2 { return false }
      return trimmedText(index).isEmpty
    case .number, .boolean: return false
    }
  }

  /// Whether every cell is empty after trimming (such rows are skipped and not counted).
  var isBlank: Bool {
    cells.indices.allSatisfy { isEmpty($0) }
  }

  /// The index after the last non-empty cell.
  var usedWidth: Int {
    var width = cells.count
    while width > 0, isEmpty(width - 1) { width -= 1 }
    return width
  }

  /// Cell `index` as display text, trimmed: text as written, numbers without a needless `.0`.
  func displayText(_ index: Int) -> String {
    guard index < cells.count else { return "" }
    switch cells[index] {
    case .text: return String(decoding: trimmedText(index), as: UTF8.self)
    case .number(let value, let isDate):
      // A date cell shows as the date a person typed, not as its serial number.
      if isDate, let date = CalendarParser.date(excelSerial: value) { return date.description }
      return ByteText.display(value)
    case .boolean(let value): return value ? "TRUE" : "FALSE"
    }
  }

  /// All cells as display text, for a rejected row.
  var displayCells: [String] {
    cells.indices.map { displayText($0) }
  }
}

/// The byte-level state machine that splits CSV text into records (RFC 4180).
///
/// Fed chunk by chunk; a record may span chunks and, inside quotes, lines. A lone quote inside
/// an unquoted field is kept as text; text after a closing quote is appended to the field.
struct CSVRecordParser {
  private enum State {
    case fieldStart
    case unquoted
    case quoted
    case quoteInQuoted
    case afterCarriageReturn
  }

  /// The delimiter fields are separated by.
  let delimiter: CSVDelimiter
  private var state = State.fieldStart
  private var row = RawRow()
  private var fieldOffset = 0
  private var line = 1
  private var recordHasStarted = false

  init(delimiter: CSVDelimiter) {
    self.delimiter = delimiter
  }

  /// Parses the next chunk, calling `body` with every record it completes.
  ///
  /// Inside a field the bytes up to the next separator, line end or quote are found in one
  /// scan and copied at once: most bytes of a data file are such runs.
  mutating func consume(_ chunk: [UInt8], _ body: (RawRow) throws -> Void) throws {
    try chunk.withUnsafeBufferPointer { bytes in try parse(bytes, body) }
  }

  private mutating func parse(
    _ bytes: UnsafeBufferPointer<UInt8>, _ body: (RawRow) throws -> Void
  ) throws {
    let separator = delimiter.rawValue
    let quote = UInt8(ascii: "\"")
    var index = 0
    while index < bytes.count {
      var byte = bytes[index]
      if !recordHasStarted {
        recordHasStarted = true
        row.line = line
      }
      switch state {
      case .fieldStart, .afterCarriageReturn:
        if state == .afterCarriageReturn {
          state = .fieldStart
          if byte == 0x0A {
            recordHasStarted = false
            index += 1
            continue
          }
          row.line = line
        }
        if byte == quote {
          state = .quoted
        } else if byte == separator {
          endField()
        } else if byte == 0x0A || byte == 0x0D {
          try endRecord(byte, body)
        } else {
          row.bytes.append(byte)
          state = .unquoted
        }
      case .unquoted:
        let start = index
        while byte != separator, byte != 0x0A, byte != 0x0D {
          index += 1
          guard index < bytes.count else { break }
          byte = bytes[index]
        }
        row.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        guard index < bytes.count else { return }
        if byte == separator {
          endField()
          state = .fieldStart
        } else {
          try endRecord(byte, body)
        }
      case .quoted:
        let start = index
        while byte != quote {
          if byte == 0x0A { line += 1 }
          index += 1
          guard index < bytes.count else { break }
          byte = bytes[index]
        }
        row.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        guard index < bytes.count else { return }
        state = .quoteInQuoted
      case .quoteInQuoted:
        if byte == quote {
          row.bytes.append(byte)
          state = .quoted
        } else if byte == separator {
          endField()
          state = .fieldStart
        } else if byte == 0x0A || byte == 0x0D {
          try endRecord(byte, body)
        } else {
          row.bytes.append(byte)
          state = .unquoted
        }
      }
      index += 1
    }
  }

  /// Completes the last record when the file does not end with a line end.
  mutating func finish(_ body: (RawRow) throws -> Void) throws {
    guard recordHasStarted, state != .afterCarriageReturn else { return }
    if state == .quoted { row.hasUnterminatedQuote = true }
    endField()
    row.replaceCharactersXMLCannotCarry()
    try body(row)
    row.reset()
    recordHasStarted = false
  }

  private mutating func endField() {
    row.cells.append(.text(fieldOffset..<row.bytes.count))
    fieldOffset = row.bytes.count
  }

  private mutating func endRecord(_ byte: UInt8, _ body: (RawRow) throws -> Void) throws {
    endField()
    row.replaceCharactersXMLCannotCarry()
    try body(row)
    row.reset()
    fieldOffset = 0
    line += 1
    recordHasStarted = byte == 0x0D
    state = byte == 0x0D ? .afterCarriageReturn : .fieldStart
  }
}

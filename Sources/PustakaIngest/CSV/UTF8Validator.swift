/// Checks, chunk by chunk, that a file is UTF-8 text without NUL bytes.
///
/// Multi-byte sequences may span chunk boundaries; `finish()` reports a sequence cut off by the
/// end of the file. Line numbers count line feeds and columns count characters from the start
/// of the line, both from 1, for the message: a bad byte inside a sequence is reported at the
/// character that sequence began.
struct UTF8Validator {
  /// What was found wrong.
  enum Problem: Equatable {
    /// A byte sequence that is not UTF-8, first seen on `line` at character `column`.
    case notUTF8(line: Int, column: Int)
    /// A NUL byte, which text files do not contain, first seen on `line`.
    case nulByte(line: Int)
  }

  private var line = 1
  /// Characters begun on the current line so far.
  private var characters = 0
  private var pending = 0
  private var lowerBound: UInt8 = 0x80
  private var upperBound: UInt8 = 0xBF

  /// Checks the next chunk of the file.
  mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Problem? {
    for byte in chunk {
      if pending > 0 {
        guard byte >= lowerBound, byte <= upperBound else {
          return .notUTF8(line: line, column: characters)
        }
        pending -= 1
        lowerBound = 0x80
        upperBound = 0xBF
        continue
      }
      characters += 1
      switch byte {
      case 0x00:
        return .nulByte(line: line)
      case 0x0A:
        line += 1
        characters = 0
      case 0x01..<0x80:
        continue
      case 0xC2...0xDF:
        pending = 1
      case 0xE0:
        pending = 2
        lowerBound = 0xA0
      case 0xED:
        pending = 2
        upperBound = 0x9F
      case 0xE1...0xEC, 0xEE...0xEF:
        pending = 2
      case 0xF0:
        pending = 3
        lowerBound = 0x90
      case 0xF1...0xF3:
        pending = 3
      case 0xF4:
        pending = 3
        upperBound = 0x8F
      default:
        return .notUTF8(line: line, column: characters)
      }
    }
    return nil
  }

  /// Reports a sequence cut off by the end of the file.
  func finish() -> Problem? {
    pending > 0 ? .notUTF8(line: line, column: characters) : nil
  }
}

import Foundation

/// Reads a CSV or TSV file as raw rows, streaming it in chunks of bytes.
///
/// Handles a UTF-8 byte-order mark, CRLF, LF or CR line ends and RFC 4180 quoting; detects the
/// delimiter from the first non-blank line; checks that the file is UTF-8 text. Memory use is
/// one chunk plus one row, whatever the file's size.
struct CSVReader {
  /// Why a file cannot be read as CSV at all.
  enum Failure: Error, Equatable {
    /// The file could not be opened or read; `reason` is the system's explanation.
    case unreadable(reason: String)
    /// The file has no bytes.
    case empty
    /// The file starts with a UTF-16 byte-order mark.
    case utf16
    /// A byte sequence that is not UTF-8 on `line`, at character `column` of the line.
    case notUTF8(line: Int, column: Int)
    /// A NUL byte on `line`: the file is binary, not text.
    case binary(line: Int)
  }

  /// The file to read, with the checks opening it must pass.
  let file: InputFile
  /// Whether the file is tab-delimited whatever its header holds (`.tsv` files).
  let isTabDelimited: Bool
  /// The number of bytes read at a time.
  var chunkSize = 1 << 20

  /// A reader of `file`.
  init(file: InputFile, isTabDelimited: Bool) {
    self.file = file
    self.isTabDelimited = isTabDelimited
  }

  /// A reader of the file at `url`, opened without the scan's checks.
  init(url: URL, isTabDelimited: Bool) {
    self.init(file: InputFile(url: url), isTabDelimited: isTabDelimited)
  }

  /// Calls `body` with every record of the file, blank ones included, in file order.
  ///
  /// `body` gets each record with the file's delimiter, and must not keep the row: its storage
  /// is reused for the next record.
  /// - Throws: `Failure` when the file cannot be read as UTF-8 text, or what `body` throws.
  func forEachRecord(_ body: (RawRow, CSVDelimiter) throws -> Void) throws {
    let handle: FileHandle
    do {
      handle = try file.open()
    } catch {
      throw Failure.unreadable(reason: Self.reason(error))
    }
    defer { try? handle.close() }
    var validator = UTF8Validator()
    var parser: CSVRecordParser?
    var prefix: [UInt8] = []
    var isFirstChunk = true
    while true {
      let data: Data
      do {
        data = try handle.read(upToCount: chunkSize) ?? Data()
      } catch {
        throw Failure.unreadable(reason: Self.reason(error))
      }
      if data.isEmpty { break }
      var chunk = [UInt8](data)
      if isFirstChunk {
        isFirstChunk = false
        if chunk.starts(with: [0xFF, 0xFE]) || chunk.starts(with: [0xFE, 0xFF]) {
          throw Failure.utf16
        }
        if chunk.starts(with: [0xEF, 0xBB, 0xBF]) { chunk.removeFirst(3) }
      }
      if let problem = chunk.withUnsafeBytes({ validator.consume($0) }) {
        throw Self.failure(problem)
      }
      if var active = parser {
        parser = nil
        let found = active.delimiter
        try active.consume(chunk) { try body($0, found) }
        parser = active
      } else {
        prefix.append(contentsOf: chunk)
        guard let header = Self.headerLine(prefix) else { continue }
        let found = delimiter(headerLine: prefix[header])
        var active = CSVRecordParser(delimiter: found)
        try active.consume(prefix) { try body($0, found) }
        prefix = []
        parser = active
      }
    }
    if isFirstChunk { throw Failure.empty }
    if let problem = validator.finish() { throw Self.failure(problem) }
    // Without a line holding content the whole file decides which cells count as empty.
    let found = parser?.delimiter ?? delimiter(headerLine: prefix[...])
    var active = parser ?? CSVRecordParser(delimiter: found)
    if parser == nil { try active.consume(prefix) { try body($0, found) } }
    try active.finish { try body($0, found) }
  }

  private func delimiter(headerLine: ArraySlice<UInt8>) -> CSVDelimiter {
    isTabDelimited ? .tab : CSVDelimiter.detect(headerLine: headerLine)
  }

  /// The first line holding something besides spaces, delimiters and quotes, or `nil` when
  /// `bytes` ends before that line does.
  static func headerLine(_ bytes: [UInt8]) -> Range<Int>? {
    var lineStart = 0
    var quoted = false
    var hasContent = false
    for (index, byte) in bytes.enumerated() {
      switch byte {
      case UInt8(ascii: "\""):
        quoted.toggle()
      case 0x0A, 0x0D:
        if quoted { continue }
        if hasContent { return lineStart..<index }
        lineStart = index + 1
      case 0x20, 0x09, UInt8(ascii: ","), UInt8(ascii: ";"):
        continue
      default:
        hasContent = true
      }
    }
    return nil
  }

  private static func failure(_ problem: UTF8Validator.Problem) -> Failure {
    switch problem {
    case .notUTF8(let line, let column): return .notUTF8(line: line, column: column)
    case .nulByte(let line): return .binary(line: line)
    }
  }

  private static func reason(_ error: any Error) -> String {
    switch error {
    case let failure as FileSystemFailure: return failure.reason
    case let changed as InputFile.Changed: return changed.reason
    default: return (error as NSError).localizedDescription
    }
  }
}

import Foundation
import FuzzSupport

@testable import PustakaIngest

/// libFuzzer's entry: the input is the bytes of a CSV file.
///
/// Invariants checked, besides "no crash":
/// - the record parser gives the same records whether the bytes arrive in one chunk or in
///   chunks of 1 to 8 bytes (the first input byte picks the size);
/// - every cell range lies inside its row's bytes, the cells hold no more bytes than the input
///   (with two more for each control character, which is read as the three bytes of U+FFFD),
///   and line numbers start at 1 and never decrease;
/// - writing the records back with every field quoted (RFC 4180) and parsing that gives the
///   same fields;
/// - `CSVReader` on the same bytes as a file either throws one of its `Failure`s or gives the
///   same records with a 1 MB chunk as with one of 3 to 10 bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  CSVFuzzing.check(bytes)
  return 0
}

/// The checks, kept apart from the C entry point.
enum CSVFuzzing {
  /// A record as plain values, comparable across parses.
  struct Record: Equatable {
    var fields: [[UInt8]]
    var line: Int
  }

  static func check(_ bytes: [UInt8]) {
    let chunkSize = 1 + Int(bytes.first ?? 0) % 8
    for delimiter in [CSVDelimiter.comma, .semicolon, .tab] {
      let whole = records(bytes, delimiter: delimiter, chunkSize: max(bytes.count, 1))
      let chunked = records(bytes, delimiter: delimiter, chunkSize: chunkSize)
      expect(whole == chunked, "records depend on chunk boundaries")
      checkShape(whole, input: bytes)
      let rewritten = quoted(whole, delimiter: delimiter)
      let reparsed = records(rewritten, delimiter: delimiter, chunkSize: max(rewritten.count, 1))
      expect(
        reparsed.map(\.fields) == whole.map(\.fields),
        "quoting the records and parsing them again changes their fields")
    }
    // The reader needs its first chunk to hold a byte-order mark whole (3 bytes), as its
    // 1 MB chunks always do.
    checkReader(bytes, chunkSize: chunkSize + 2)
  }

  /// The records of `bytes`, fed to the parser `chunkSize` bytes at a time.
  static func records(_ bytes: [UInt8], delimiter: CSVDelimiter, chunkSize: Int) -> [Record] {
    var parser = CSVRecordParser(delimiter: delimiter)
    var found: [Record] = []
    do {
      var offset = 0
      while offset < bytes.count {
        let end = min(bytes.count, offset + chunkSize)
        try parser.consume(Array(bytes[offset..<end])) { found.append(record($0)) }
        offset = end
      }
      try parser.finish { found.append(record($0)) }
    } catch {
      fail("the parser threw \(error) though its body never throws")
    }
    return found
  }

  private static func record(_ row: RawRow) -> Record {
    var fields: [[UInt8]] = []
    for cell in row.cells {
      guard case .text(let range) = cell else {
        fail("a CSV row holds only text cells")
      }
      expect(
        range.lowerBound >= 0 && range.upperBound <= row.bytes.count,
        "cell range \(range) outside the row's \(row.bytes.count) bytes")
      fields.append(Array(row.bytes[range]))
    }
    return Record(fields: fields, line: row.line)
  }

  private static func checkShape(_ records: [Record], input: [UInt8]) {
    let breaks = input.filter { $0 == 0x0A || $0 == 0x0D }.count
    var previous = 1
    var total = 0
    for record in records {
      expect(!record.fields.isEmpty, "a record without fields")
      expect(
        record.line >= previous && record.line <= breaks + 1,
        "line \(record.line) after line \(previous), with \(breaks) line ends")
      previous = record.line
      total += record.fields.reduce(0) { $0 + $1.count }
    }
    // Each control character XML cannot carry (one byte) is read as U+FFFD (three bytes).
    let controls = input.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }.count
    expect(
      total <= input.count + 2 * controls,
      "the records hold more bytes than the input and its replaced control characters")
  }

  /// The records as RFC 4180 text, every field quoted, records ended by a line feed.
  private static func quoted(_ records: [Record], delimiter: CSVDelimiter) -> [UInt8] {
    var text: [UInt8] = []
    for record in records {
      for (index, field) in record.fields.enumerated() {
        if index > 0 { text.append(delimiter.rawValue) }
        text.append(UInt8(ascii: "\""))
        for byte in field {
          text.append(byte)
          if byte == UInt8(ascii: "\"") { text.append(byte) }
        }
        text.append(UInt8(ascii: "\""))
      }
      text.append(0x0A)
    }
    return text
  }

  // MARK: - The file reader

  private static let folder: URL = {
    // `make fuzz` points TMPDIR at a folder of its own in /dev/shm and removes it afterwards
    // (libFuzzer's -fork=1 starts a process, and so a folder, per run of the target).
    let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
      "pustaka-fuzz-csv-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  private static func checkReader(_ bytes: [UInt8], chunkSize: Int) {
    let url = folder.appendingPathComponent("input.csv")
    guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes)) else {
      fail("cannot write the fuzz input to \(url.path)")
    }
    let large = readerRecords(CSVReader(url: url, isTabDelimited: false))
    var small = CSVReader(url: url, isTabDelimited: false)
    small.chunkSize = chunkSize
    expect(readerRecords(small) == large, "CSVReader depends on its chunk size")
    var tabs = CSVReader(url: url, isTabDelimited: true)
    tabs.chunkSize = chunkSize
    expect(
      readerRecords(tabs) == readerRecords(CSVReader(url: url, isTabDelimited: true)),
      "CSVReader (tab-delimited) depends on its chunk size")
  }

  /// What the reader gives: its records with their delimiter, or the failure it threw.
  private static func readerRecords(_ reader: CSVReader) -> ReaderOutcome {
    var found: [Record] = []
    var delimiters: [CSVDelimiter] = []
    do {
      try reader.forEachRecord { row, delimiter in
        found.append(record(row))
        delimiters.append(delimiter)
      }
    } catch let failure as CSVReader.Failure {
      return .failed(failure)
    } catch {
      fail("CSVReader threw \(error), which is not a CSVReader.Failure")
    }
    expect(Set(delimiters.map(\.rawValue)).count <= 1, "a file read with two delimiters")
    return .read(found, delimiters.first)
  }

  enum ReaderOutcome: Equatable {
    case read([Record], CSVDelimiter?)
    case failed(CSVReader.Failure)
  }
}

import Foundation
import ZIPFoundation

/// The zip archive of an xlsx package, opened with the safety limits applied.
///
/// Opening counts the entries and adds up their declared sizes before anything is inflated;
/// reading a part counts the bytes as they are inflated, across all parts read, and stops as
/// soon as the total passes the limit, because a crafted archive can declare false sizes.
final class PackageArchive {
  /// The file's name as shown in messages.
  let file: String
  private let archive: Archive
  private let limits: XLSXReadLimits
  /// Entries by normalised part name (lower case, forward slashes, no leading slash).
  private var entries: [String: Entry] = [:]
  private var inflatedBytes = 0

  /// Opens the archive at `url`.
  convenience init(url: URL, file: String, limits: XLSXReadLimits) throws(XLSXReaderError) {
    let archive: Archive
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      throw .notZipArchive(file: file)
    }
    try self.init(archive: archive, file: file, limits: limits)
  }

  /// Opens the archive held in `data`.
  ///
  /// The bytes are read through an unlinked temporary file, as `init(url:)` reads a file:
  /// ZIPFoundation's in-memory archive traps when the central directory or an entry claims an
  /// offset past the end of the data (found by fuzzing, issue 10), where a file reads short
  /// and the archive is refused. The open archive keeps the file's contents until it closes.
  convenience init(data: Data, file: String, limits: XLSXReadLimits) throws(XLSXReaderError) {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      ".xlsx-reader-\(UUID().uuidString).xlsx")
    let archive: Archive
    do {
      try data.write(to: url)
      defer { try? FileManager.default.removeItem(at: url) }
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      throw .notZipArchive(file: file)
    }
    try self.init(archive: archive, file: file, limits: limits)
  }

  private init(archive: Archive, file: String, limits: XLSXReadLimits) throws(XLSXReaderError) {
    self.archive = archive
    self.file = file
    self.limits = limits
    var count = 0
    var declaredBytes: UInt64 = 0
    for entry in archive {
      count += 1
      if count > limits.maximumEntryCount {
        throw .tooManyEntries(file: file, limit: limits.maximumEntryCount)
      }
      declaredBytes += entry.uncompressedSize
      if declaredBytes > UInt64(max(limits.maximumUncompressedBytes, 0)) {
        throw .tooLarge(file: file, limit: limits.maximumUncompressedBytes)
      }
      let key = Self.normalise(entry.path)
      if entries[key] == nil, entry.type == .file {
        entries[key] = entry
      }
    }
  }

  /// Whether the archive holds `part`.
  func contains(_ part: String) -> Bool {
    entries[Self.normalise(part)] != nil
  }

  /// The bytes of `part`, or nil when the archive does not hold it.
  ///
  /// - Throws: `.tooLarge` when the bytes inflated so far pass the limit, `.damagedEntry` when
  ///   the entry cannot be inflated.
  func data(of part: String) throws(XLSXReaderError) -> Data? {
    guard let entry = entries[Self.normalise(part)] else { return nil }
    var data = Data()
    let limit = limits.maximumUncompressedBytes
    var exceeded = false
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        self.inflatedBytes += chunk.count
        if self.inflatedBytes > limit {
          exceeded = true
          throw CancellationError()
        }
        data.append(chunk)
      }
    } catch {
      if exceeded {
        throw .tooLarge(file: file, limit: limit)
      }
      throw .damagedEntry(file: file, part: part)
    }
    return data
  }

  /// Streams `part` through a `MarkupScanner` as it is inflated, in chunks of 64 KiB, calling
  /// `afterChunk` with the handler after each chunk; returns the handler at the end, or nil
  /// when the archive does not hold the part.
  ///
  /// The inflated bytes count towards the same limit as `data(of:)`. A part that is not UTF-8
  /// is read whole, parsed by `MarkupParser` and handed on from its tree.
  ///
  /// - Throws: `.tooLarge`, `.damagedEntry`, `.malformedXML`, `.documentTypeDeclaration`, or
  ///   what the handler or `afterChunk` throw.
  func scan<Handler: MarkupHandler>(
    _ part: String, with handler: Handler,
    afterChunk: (inout Handler) throws(XLSXReaderError) -> Void = { _ in }
  ) throws(XLSXReaderError) -> Handler? {
    guard let entry = entries[Self.normalise(part)] else { return nil }
    var scanner = MarkupScanner(handler: handler, file: file, part: part)
    var whole: [UInt8] = []
    let limit = limits.maximumUncompressedBytes
    var exceeded = false
    var failure: XLSXReaderError?
    do {
      _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: false) { chunk in
        self.inflatedBytes += chunk.count
        if self.inflatedBytes > limit {
          exceeded = true
          throw CancellationError()
        }
        if scanner.needsTreeParser {
          whole.append(contentsOf: chunk)
          return
        }
        do throws(XLSXReaderError) {
          try scanner.feed(chunk)
          if scanner.needsTreeParser {
            whole = scanner.pending
            scanner.pending = []
          } else {
            try afterChunk(&scanner.handler)
          }
        } catch {
          failure = error
          throw CancellationError()
        }
      }
    } catch {
      if exceeded { throw .tooLarge(file: file, limit: limit) }
      if let failure { throw failure }
      throw .damagedEntry(file: file, part: part)
    }
    try scanner.finish()
    if scanner.needsTreeParser {
      if whole.isEmpty { whole = scanner.pending }
      let root = try MarkupParser.parse(Data(whole), part: part, file: file)
      var utf8 = MarkupScanner(handler: scanner.handler, file: file, part: part)
      try utf8.feed(root.serialized())
      try utf8.finish()
      try afterChunk(&utf8.handler)
      return utf8.handler
    }
    try afterChunk(&scanner.handler)
    return scanner.handler
  }

  /// The parsed root element of `part`, or nil when the archive does not hold it.
  func element(of part: String) throws(XLSXReaderError) -> MarkupElement? {
    guard let data = try data(of: part) else { return nil }
    return try MarkupParser.parse(data, part: part, file: file)
  }

  /// The parsed root element of `part`, which must be present.
  func requiredElement(of part: String) throws(XLSXReaderError) -> MarkupElement {
    guard let element = try element(of: part) else {
      throw .missingPart(file: file, part: part)
    }
    return element
  }

  private static func normalise(_ path: String) -> String {
    var result = path.replacingOccurrences(of: "\\", with: "/").lowercased()
    while result.hasPrefix("/") {
      result.removeFirst()
    }
    return result
  }
}

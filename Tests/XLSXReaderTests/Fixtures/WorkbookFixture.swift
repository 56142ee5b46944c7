import Foundation
import TestSupport
import XLSXReader
import ZIPFoundation

/// An xlsx package built in a test from hand-written XML parts, written with ZIPFoundation.
struct WorkbookFixture {
  /// The parts, in the order they are added to the zip.
  var parts: [(path: String, text: String)]
  /// Bytes written instead of a part's text as UTF-8 (a part in another encoding).
  var encodedParts: [String: Data] = [:]

  init(_ parts: [(path: String, text: String)]) {
    self.parts = parts
  }

  /// Writes the package as `name` into `directory` and returns its location.
  func write(to directory: TemporaryDirectory, name: String = "book.xlsx") throws -> URL {
    let url = directory.file(name)
    let archive = try Archive(url: url, accessMode: .create)
    for (path, text) in parts {
      let bytes = encodedParts[path] ?? Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(bytes.count),
        compressionMethod: .deflate,
        provider: { position, size in
          bytes.subdata(in: Int(position)..<Int(position) + size)
        })
    }
    return url
  }

  /// The bytes of the package, written through a fresh temporary folder that is then removed.
  func data() throws -> Data {
    let directory = try TemporaryDirectory(prefix: "xlsx-reader-test")
    defer { directory.remove() }
    return try Data(contentsOf: write(to: directory))
  }

  /// Reads the package back with the reader, as a file named `name`.
  func document(name: String = "book.xlsx", limits: XLSXReadLimits = .standard) throws
    -> XLSXDocument
  {
    try XLSXDocument(data: data(), name: name, limits: limits)
  }

  /// Returns the fixture with `text` as part `path`, replacing a part of that name.
  func replacing(_ path: String, with text: String) -> WorkbookFixture {
    var copy = self
    if let index = copy.parts.firstIndex(where: { $0.path == path }) {
      copy.parts[index].text = text
    } else {
      copy.parts.append((path, text))
    }
    return copy
  }

  /// Returns the fixture without part `path`.
  func removing(_ path: String) -> WorkbookFixture {
    WorkbookFixture(parts.filter { $0.path != path })
  }
}

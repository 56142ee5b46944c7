import Foundation
import PustakaCore
import PustakaIngest
import TestSupport

/// A data folder written by a test: files from text or bytes, loaded with `DataSetLoader`.
struct DataFolder {
  /// A libraries file of one library, NGW-01 in Watualang (population 4,000), for tests
  /// about another table's cells.
  static let oneLibrary = """
    library_id,name,village,district,regency,population
    NGW-01,Perpustakaan Cemerlang,Watualang,Ngawi,Ngawi,4000

    """

  let directory: TemporaryDirectory

  init() throws {
    directory = try TemporaryDirectory(prefix: "pustaka-ingest-test")
  }

  /// Writes `text` as UTF-8 to `path` (sub-folders are created).
  func write(_ path: String, _ text: String) throws {
    try write(path, bytes: Array(text.utf8))
  }

  /// Writes `bytes` to `path` (sub-folders are created).
  func write(_ path: String, bytes: [UInt8]) throws {
    let url = directory.url.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  /// Loads the folder.
  func load(reportingPeriodEnd: Month? = nil) throws -> IngestResult {
    try DataSetLoader(reportingPeriodEnd: reportingPeriodEnd).load(from: directory.url)
  }

  func remove() {
    directory.remove()
  }

  /// Writes `files` into a fresh folder, loads it and removes the folder.
  static func load(_ files: [String: String], reportingPeriodEnd: Month? = nil) throws
    -> IngestResult
  {
    let folder = try DataFolder()
    defer { folder.remove() }
    for (path, text) in files { try folder.write(path, text) }
    return try folder.load(reportingPeriodEnd: reportingPeriodEnd)
  }
}

extension IngestResult {
  /// The summary of `table`.
  func summary(_ table: TableName) -> TableSummary? {
    tables.first { $0.table == table }
  }

  /// The diagnostics, compiler-style, one string each.
  var formattedDiagnostics: [String] {
    diagnostics.map(\.formatted)
  }
}

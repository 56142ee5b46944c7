import Foundation
import PustakaCore
import PustakaIngest
import PustakaSample
import TestSupport
import Testing

/// The generated samples pass the data contract: every file loads with zero rejected rows and
/// zero warnings, and loads back to exactly the rows the generator made.
@Suite struct SampleLoadTests {
  /// The committed default sample, `samples/ngawi`.
  static let committedFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("samples/ngawi", isDirectory: true)

  /// Writes the CSV files of `data` in `dialect` into a new temporary folder.
  static func write(_ data: DataSet, dialect: SampleCSVDialect) throws -> TemporaryDirectory {
    let folder = try TemporaryDirectory(prefix: "pustaka-sample-load")
    for (table, bytes) in SampleCSVRenderer(dialect: dialect).render(data) {
      try Data(bytes).write(to: folder.file(SampleCSVRenderer.fileName(of: table)))
    }
    return folder
  }

  /// Records which rows differ between what was generated and what was loaded.
  static func expectSameRows(_ loaded: DataSet, _ generated: DataSet) {
    #expect(loaded.libraries == generated.libraries)
    #expect(loaded.budget == generated.budget)
    #expect(loaded.collection == generated.collection)
    #expect(loaded.attendance == generated.attendance)
    #expect(loaded.activities == generated.activities)
    #expect(loaded.operations == generated.operations)
  }

  /// Records the load's problems: none are allowed.
  static func expectClean(_ result: IngestResult) {
    #expect(result.rejectedRows.isEmpty)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(5).map(\.formatted))")
    #expect(result.tables.allSatisfy { $0.rejected == 0 && $0.warnings == 0 })
    #expect(result.tables.allSatisfy { $0.files == 1 && $0.rowsRead == $0.accepted })
  }

  @Test("the committed Ngawi sample loads with no rejected row and no warning")
  func committedSample() throws {
    let end = SampleOptions.defaultEnd
    let result = try DataSetLoader(reportingPeriodEnd: end).load(from: Self.committedFolder)
    Self.expectClean(result)
    Self.expectSameRows(result.dataSet, SampleGenerator(options: SampleOptions()).dataSet())
  }

  @Test("the committed Ngawi sample is byte for byte what the generator makes")
  func committedBytes() throws {
    let files = SampleCSVRenderer(dialect: .comma).render(
      SampleGenerator(options: SampleOptions()).dataSet())
    for table in TableName.allCases {
      let url = Self.committedFolder.appendingPathComponent(SampleCSVRenderer.fileName(of: table))
      let committed = try Data(contentsOf: url)
      #expect(committed == Data(files[table] ?? []), "\(table): regenerate samples/ngawi")
    }
  }

  @Test("both dialects load cleanly to the same rows", arguments: SampleCSVDialect.allCases)
  func dialects(dialect: SampleCSVDialect) throws {
    let generated = SampleGenerator(options: SampleOptions(libraries: 60, months: 14)).dataSet()
    let folder = try Self.write(generated, dialect: dialect)
    defer { folder.remove() }
    let result = try DataSetLoader().load(from: folder.url)
    Self.expectClean(result)
    Self.expectSameRows(result.dataSet, generated)
  }

  @Test("several regencies with generated names load cleanly")
  func regencies() throws {
    let options = SampleOptions(libraries: 300, regencies: 40, months: 3, seed: 11)
    let generated = SampleGenerator(options: options).dataSet()
    let folder = try Self.write(generated, dialect: .semicolon)
    defer { folder.remove() }
    let result = try DataSetLoader().load(from: folder.url)
    Self.expectClean(result)
    Self.expectSameRows(result.dataSet, generated)
    #expect(Set(result.dataSet.libraries.map(\.regency)).count == 40)
  }
}

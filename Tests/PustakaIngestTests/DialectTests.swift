import Foundation
import PustakaCore
import Testing

@testable import PustakaIngest

@Suite struct DialectTests {
  static let dialects: [String: [String: String]] = [
    "comma, UTF-8, English headers": DialectFixtures.comma,
    "Indonesian file names and headers": DialectFixtures.indonesian,
    "split files in a sub-folder and a TSV file": DialectFixtures.split,
  ]

  @Test("every dialect loads to the same accepted rows", arguments: dialects.keys.sorted())
  func loadsSameRows(name: String) throws {
    let result = try DataFolder.load(Self.dialects[name] ?? [:])
    #expect(result.formattedDiagnostics == [])
    expectSameRows(result.dataSet)
  }

  @Test("semicolons with a BOM, CRLF, decimal commas and Rp 1.500.000 load the same rows")
  func semicolonDialect() throws {
    let folder = try DataFolder()
    defer { folder.remove() }
    for (path, text) in DialectFixtures.semicolon {
      let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
      try folder.write(path, bytes: [0xEF, 0xBB, 0xBF] + Array(crlf.utf8))
    }
    let result = try folder.load()
    #expect(result.formattedDiagnostics == [])
    expectSameRows(result.dataSet)
  }

  @Test("an .xlsx submission with sheets named after the tables loads the same rows")
  func workbookDialect() throws {
    let folder = try DataFolder()
    defer { folder.remove() }
    try DialectFixtures.workbook.write(to: folder.directory.file("Oktober 2026.xlsx"))
    let result = try folder.load()
    #expect(result.formattedDiagnostics == [])
    expectSameRows(result.dataSet)
    #expect(
      result.inputs.map { $0.sheet ?? "" } == [
        "Perpustakaan", "budget", "koleksi", "attendance", "Kegiatan", "operations",
      ])
    #expect(result.summary(.attendance)?.rowsRead == 3)
  }

  @Test("read = accepted + rejected holds for every table of every dialect")
  func countsAddUp() throws {
    let result = try DataFolder.load(DialectFixtures.split)
    for summary in result.tables {
      #expect(summary.rowsRead == summary.accepted + summary.rejected)
    }
    #expect(
      result.summary(.attendance)
        == TableSummary(
          table: .attendance, files: 2, rowsRead: 3, accepted: 3, rejected: 0, warnings: 0))
  }

  private func expectSameRows(_ data: DataSet) {
    let expected = DialectFixtures.expected
    #expect(data.libraries == expected.libraries)
    #expect(data.budget == expected.budget)
    #expect(data.collection == expected.collection)
    #expect(data.attendance == expected.attendance)
    #expect(data.activities == expected.activities)
    #expect(data.operations == expected.operations)
    #expect(data.providedTables == Set(TableName.allCases))
  }
}

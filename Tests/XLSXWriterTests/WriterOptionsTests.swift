import Foundation
import TestSupport
import Testing
import XLSXReader

@testable import XLSXWriter

@Suite struct WriterOptionsTests {
  @Test("constant-memory mode with a temporary folder writes cells given in any order")
  func constantMemory() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let scratch = folder.url.appendingPathComponent("scratch")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    var sheet = SheetSpec(name: "Kunjungan")
    for row in (0..<500).reversed() {
      sheet.write(.number(Double(row * 3)), row: row, column: 1, format: ReportLikeFormats.count)
      sheet.write(.string("Perpustakaan \(row)"), row: row, column: 0)
    }
    var spec = WorkbookSpec(
      sheets: [sheet], properties: DocumentProperties(created: SampleWorkbook.created))
    spec.options = WriterOptions(constantMemory: true, temporaryDirectory: scratch.path)
    let url = folder.file("big.xlsx")
    try WorkbookWriter.write(spec, to: url)
    let read = try #require(try XLSXDocument(contentsOf: url).sheet(named: "Kunjungan"))
    #expect(read.cells.count == 1000)
    #expect(read.cell("A500")?.value == .string("Perpustakaan 499"))
    #expect(read.cell("B500")?.value == .number(1497))
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
  }

  @Test("equal formats share one style record, different ones do not")
  func formatsAreReused() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    var sheet = SheetSpec(name: "Gaya")
    sheet.write(.number(1), row: 0, column: 0, format: CellFormat(numberFormat: "0.00"))
    sheet.write(.number(2), row: 1, column: 0, format: CellFormat(numberFormat: "0.00"))
    sheet.write(.number(3), row: 2, column: 0, format: CellFormat(numberFormat: "0.00", bold: true))
    sheet.write(.number(4), row: 3, column: 0)
    let url = folder.file("gaya.xlsx")
    try WorkbookWriter.write(
      WorkbookSpec(
        sheets: [sheet], properties: DocumentProperties(created: SampleWorkbook.created)),
      to: url)
    let read = try #require(try XLSXDocument(contentsOf: url).sheet(named: "Gaya"))
    let styles = (0..<4).compactMap { read.cell(row: $0, column: 0)?.styleIndex }
    #expect(styles[0] == styles[1])
    #expect(styles[2] != styles[0])
    #expect(styles[3] == 0)
    #expect(read.cell("A3")?.isBold == true)
  }
}

private enum ReportLikeFormats {
  static let count = CellFormat(numberFormat: "#,##0")
}

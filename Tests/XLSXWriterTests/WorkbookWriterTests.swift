import Foundation
import TestSupport
import Testing

@testable import XLSXWriter

@Suite struct WorkbookWriterTests {
  @Test("the same workbook saved twice gives byte-identical files")
  func savesDeterministically() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let first = folder.file("first.xlsx")
    let second = folder.file("second.xlsx")
    try WorkbookWriter.write(SampleWorkbook.make(), to: first)
    try WorkbookWriter.write(SampleWorkbook.make(), to: second)
    let firstBytes = try Data(contentsOf: first)
    #expect(firstBytes.count > 10_000)
    #expect(firstBytes == (try Data(contentsOf: second)))
  }

  @Test("a different creation time changes the bytes, so the time really is written")
  func creationTimeIsInTheFile() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    var later = SampleWorkbook.make()
    later.properties.created = SampleWorkbook.created.addingTimeInterval(86_400)
    try WorkbookWriter.write(SampleWorkbook.make(), to: folder.file("a.xlsx"))
    try WorkbookWriter.write(later, to: folder.file("b.xlsx"))
    #expect(try Data(contentsOf: folder.file("a.xlsx")) != Data(contentsOf: folder.file("b.xlsx")))
  }

  @Test("saving into a read-only folder throws and leaves nothing behind")
  func readOnlyFolderLeavesNothing() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let locked = try ReadOnlyFolder(folder.url)
    defer { locked.restore() }
    let target = folder.file("Rekap.xlsx")
    #expect {
      try WorkbookWriter.write(SampleWorkbook.make(), to: target)
    } throws: { error in
      guard case .cannotCreateFile(let path, _) = error as? XLSXError else { return false }
      return path.hasPrefix(folder.url.path + "/.Rekap.xlsx.")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
  }

  @Test("an existing report survives a failed overwrite")
  func existingFileSurvivesFailure() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let target = folder.file("Rekap.xlsx")
    try WorkbookWriter.write(SampleWorkbook.make(), to: target)
    let before = try Data(contentsOf: target)
    let locked = try ReadOnlyFolder(folder.url)
    defer { locked.restore() }
    var changed = SampleWorkbook.make()
    changed.properties.title = "changed"
    #expect(throws: XLSXError.self) { try WorkbookWriter.write(changed, to: target) }
    #expect(try Data(contentsOf: target) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["Rekap.xlsx"])
  }

  @Test("a workbook breaking Excel's rules is refused before any file is created")
  func invalidWorkbookCreatesNoFile() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    var spec = SampleWorkbook.make()
    spec.sheets[1].name = "Data"
    #expect(throws: XLSXError.duplicateSheetName(name: "Data")) {
      try WorkbookWriter.write(spec, to: folder.file("x.xlsx"))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
  }

  @Test("a failure inside libxlsxwriter frees the workbook and removes the temporary file")
  func libraryFailureCleansUp() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    var spec = SampleWorkbook.make()
    spec.sheets[1].dataValidations = [
      DataValidation(
        range: CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0),
        rule: .list((0..<100).map { "choice number \($0)" }))
    ]
    #expect {
      try WorkbookWriter.write(spec, to: folder.file("x.xlsx"))
    } throws: { error in
      guard case .library(let operation, let message) = error as? XLSXError else { return false }
      return operation == "adding a data validation at Entry Form!A1" && !message.isEmpty
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
  }
}

import Foundation
import PustakaCore
import TestSupport
import Testing
import XLSXWriter

@testable import PustakaReports

/// An id wider than the last column of a list spills into the next column, and LibreOffice
/// then prints a page across for the spill: Ngawi's budget sheet printed five blank pages.
@Suite(.enabled(if: LibreOfficeCalc.isAvailable, "needs LibreOffice Calc (make test installs it)"))
struct PrintedIDColumnTests {
  /// The small regency with ids as long as a real registry's ("NGW-PRN-0001").
  static func context() -> ReportContext {
    let base = SmallRegency.dataSet()
    func long(_ id: LibraryID) -> LibraryID {
      let digits = id.rawValue.filter(\.isNumber)
      return LibraryID("NGW-PRN-" + String(repeating: "0", count: 4 - digits.count) + digits)
    }
    func relabel<Row>(_ rows: [Row], _ id: WritableKeyPath<Row, LibraryID>) -> [Row] {
      rows.map { row in
        var copy = row
        copy[keyPath: id] = long(row[keyPath: id])
        return copy
      }
    }
    let dataSet = DataSet(
      libraries: relabel(base.libraries, \.id), budget: relabel(base.budget, \.libraryID),
      collection: relabel(base.collection, \.libraryID),
      attendance: relabel(base.attendance, \.libraryID),
      activities: relabel(base.activities, \.libraryID),
      operations: relabel(base.operations, \.libraryID))
    return ReportFixture.context(of: dataSet)
  }

  @Test("issue 11: the budget and collection lists with long ids print only their planned pages")
  func noSpillPages() throws {
    let context = Self.context()
    #expect(context.scores.first?.library.id.rawValue.hasPrefix("NGW-PRN-") == true)
    let names = [context.labels.budgetSheet, context.labels.collectionSheet]
    let sheets = DetailSheets.build(context).filter { names.contains($0.spec.name) }
    #expect(sheets.count == 2)
    let planned = sheets.reduce(0) { $0 + $1.spec.printSetup.horizontalPageBreaks.count + 1 }
    let folder = try TemporaryDirectory(prefix: "printed-ids")
    defer { folder.remove() }
    let url = folder.file("lists.xlsx")
    try WorkbookWriter.write(
      WorkbookAssembler.workbook(title: "Rekap", sheets: sheets, context: context), to: url)
    let printed = try LibreOfficeCalc.printedPages(of: url, in: folder.url)
    if printed != planned, let keep = ProcessInfo.processInfo.environment["KEEP_WORKBOOK"] {
      try? FileManager.default.copyItem(at: url, to: URL(fileURLWithPath: keep))
    }
    #expect(printed == planned)
  }
}

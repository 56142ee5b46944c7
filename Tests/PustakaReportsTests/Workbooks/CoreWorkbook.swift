import Foundation
import PustakaCore
import TestSupport
import Testing
import XLSXReader
import XLSXWriter

@testable import PustakaReports

/// The four core sheets of one context, as built and as written to a temporary file and read
/// back.
struct CoreWorkbook {
  let context: ReportContext
  let sheets: [ReportSheet]
  let document: XLSXDocument
  let url: URL
  private let folder: TemporaryDirectory

  init(_ context: ReportContext) throws {
    self.context = context
    sheets = CoreSheets.build(context)
    folder = try TemporaryDirectory(prefix: "core-sheets")
    url = folder.file("Rekap.xlsx")
    try WorkbookWriter.write(
      WorkbookAssembler.workbook(title: "Rekap", sheets: sheets, context: context), to: url)
    document = try XLSXDocument(contentsOf: url)
  }

  /// Deletes the temporary file.
  func remove() { folder.remove() }

  /// The sheet named `name` as read back.
  func sheet(_ name: String) throws -> XLSXSheet {
    try #require(document.sheet(named: name), "no sheet '\(name)'")
  }

  /// The sheet named `name` as built.
  func spec(_ name: String) throws -> SheetSpec {
    try #require(sheets.first { $0.spec.name == name }?.spec, "no sheet '\(name)' built")
  }

  /// The first cell of column `column` holding the text `text`, as read back.
  static func cell(holding text: String, column: Int, in sheet: XLSXSheet) -> XLSXCell? {
    sheet.cells.first { $0.column == column && $0.value == .string(text) }
  }

  /// The numbers read back from the cells of `range`, top to bottom (`nil` for empty cells).
  static func numbers(in range: CellRange, of sheet: XLSXSheet) -> [Double?] {
    (range.first.row...range.last.row).map { row in
      if case .number(let value) = sheet.cell(row: row, column: range.first.column)?.value {
        return value
      }
      return nil
    }
  }

  /// The texts read back from the cells of `range`, top to bottom.
  static func texts(in range: CellRange, of sheet: XLSXSheet) -> [String?] {
    (range.first.row...range.last.row).map { row in
      if case .string(let text) = sheet.cell(row: row, column: range.first.column)?.value {
        return text
      }
      return nil
    }
  }
}

/// A variant of the small regency with gaps: L1 has no collection row in October (its stock
/// is carried forward from September and its acquisitions are missing), and L2 has no
/// operations row in October (trained staff and members carried forward, volunteer hours
/// missing).
enum GappyRegency {
  static let context: ReportContext = {
    let full = SmallRegency.dataSet()
    let october = SmallRegency.lastMonth
    let data = DataSet(
      libraries: full.libraries, budget: full.budget,
      collection: full.collection.filter { !($0.libraryID == "L1" && $0.month == october) },
      attendance: full.attendance, activities: full.activities,
      operations: full.operations.filter { !($0.libraryID == "L2" && $0.month == october) })
    let scorer = KPIScorer(dataSet: data)
    let input = ReportInput(
      report: PeriodReport(scorer: scorer, period: ReportFixture.period),
      previous: nil, quality: DataQualityInput(),
      provenance: Provenance(toolVersion: "0.1.0", rubricSource: "built-in", rubricSHA256: ""))
    return ReportContext(
      input: input, scope: .regency(0, in: input.report.places),
      options: ReportOptions(office: "Dinas Perpustakaan", created: ReportFixture.created))
  }()
}

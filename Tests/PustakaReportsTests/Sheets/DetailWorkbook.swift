import Foundation
import PustakaCore
import TestSupport
import Testing
import XLSXReader
import XLSXWriter

@testable import PustakaReports

/// The detail sheets written from the small hand-made regency into a workbook and read back,
/// once per language and scope, with the context they were built from.
struct DetailWorkbook: Sendable {
  let context: ReportContext
  let sheets: [ReportSheet]
  let document: XLSXDocument

  /// Writes `DetailSheets.build(context)` to a temporary file and reads it back.
  init(_ context: ReportContext) throws {
    self.context = context
    sheets = DetailSheets.build(context)
    let folder = try TemporaryDirectory(prefix: "detail-sheets")
    defer { folder.remove() }
    let url = folder.file("detail.xlsx")
    try WorkbookWriter.write(
      WorkbookAssembler.workbook(title: "Rekap", sheets: sheets, context: context), to: url)
    document = try XLSXDocument(contentsOf: url)
  }

  static let regency = Result { try DetailWorkbook(ReportFixture.context()) }
  static let english = Result { try DetailWorkbook(ReportFixture.context(language: .english)) }
  /// Paron District (L4, L5 and the silent L7), in English.
  static let paron = Result {
    try DetailWorkbook(ReportFixture.context(language: .english, district: 1))
  }

  /// The fixture scored with the monthly KPIs the trends sheet draws when the engine has them.
  static let withMonthlyKPI = Result {
    let scorer = KPIScorer(dataSet: SmallRegency.dataSet())
    let period = ReportFixture.period
    let base = ReportFixture.input
    let input = ReportInput(
      report: PeriodReport(scorer: scorer, period: period),
      previous: base.previous, quality: base.quality, provenance: base.provenance)
    let places = input.report.places
    return try DetailWorkbook(
      ReportContext(
        input: input, scope: .district(1, ofRegency: 0, in: places),
        options: ReportOptions(office: "Dinas Perpustakaan", created: ReportFixture.created)))
  }

  /// The sheet read back under `name`.
  func sheet(_ name: String) throws -> XLSXSheet {
    try #require(document.sheet(named: name), "no sheet named \(name)")
  }

  /// The built sheet named `name`.
  func spec(_ name: String) throws -> SheetSpec {
    try #require(sheets.first { $0.spec.name == name }?.spec, "no sheet named \(name)")
  }
}

extension XLSXSheet {
  /// The row of the first cell in `column` at or after `after` reading exactly `text`.
  func row(of text: String, column: Int = 0, after: Int = 0) -> Int? {
    cells.first { $0.column == column && $0.row >= after && $0.value == .string(text) }?.row
  }

  /// The column of the cell in `row` reading exactly `text`.
  func column(of text: String, row: Int) -> Int? {
    cells.first { $0.row == row && $0.value == .string(text) }?.column
  }

  /// The number in the cell at `row` and `column`, or `nil` when it holds none.
  func number(_ row: Int, _ column: Int) -> Double? {
    if case .number(let value) = cell(row: row, column: column)?.value { return value }
    return nil
  }

  /// The text in the cell at `row` and `column`, or `nil` when it holds none.
  func text(_ row: Int, _ column: Int) -> String? {
    if case .string(let value) = cell(row: row, column: column)?.value { return value }
    return nil
  }

  /// The header row of the table under the heading `heading` (the row after it).
  func headerRow(under heading: String) -> Int? {
    row(of: heading).map { $0 + 1 }
  }
}

/// `a` and `b` equal to 12 significant digits (a share written by the engine and by a
/// division of the same sums may differ in the last bit).
func close(_ a: Double?, _ b: Double?) -> Bool {
  guard let a, let b else { return a == nil && b == nil }
  return abs(a - b) <= 1e-12 * max(1, abs(a), abs(b))
}

/// The range `column` of the data rows `first` through `last` qualified by `sheet`, as a chart
/// series names it ("Tren!$C$30:$C$41").
func seriesRange(_ sheet: String, column: Int, rows: ClosedRange<Int>) -> String {
  CellRange(
    firstRow: rows.lowerBound, firstColumn: column, lastRow: rows.upperBound, lastColumn: column
  )
  .qualified(bySheet: sheet)
}

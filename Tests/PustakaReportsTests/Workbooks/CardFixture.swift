import Foundation
import PustakaCore
import TestSupport
import XLSXReader
import XLSXWriter

@testable import PustakaReports

/// A report card of the small regency written to a temporary file and read back.
struct WrittenCard {
  let context: ReportContext
  let score: LibraryScore
  let document: XLSXDocument
  /// Where the data sheet put the chart data, as the card's builder saw it.
  let placement: LibraryCard.DataPlacement
  let bytes: Data

  var labels: CardLabels { context.labels.card }
  var card: XLSXSheet { document.sheets[0] }
  var data: XLSXSheet { document.sheets[1] }

  /// The districts of `SmallRegency` by position in the place directory.
  static let districtOf = ["L1": 0, "L2": 0, "L3": 0, "L4": 1, "L5": 1, "L7": 1, "L6": 2]

  /// Writes the card of library `id` from its district context in `language`.
  static func write(_ id: String, language: ReportLanguage = .indonesian) throws -> WrittenCard {
    let context = ReportFixture.context(language: language, district: districtOf[id])
    guard let score = context.scores.first(where: { $0.library.id.rawValue == id }) else {
      throw CardFixtureError.noLibrary(id)
    }
    return try write(score, context: context)
  }

  /// Writes the card of `score` from `context`.
  static func write(_ score: LibraryScore, context: ReportContext) throws -> WrittenCard {
    let folder = try TemporaryDirectory(prefix: "pustaka-card")
    defer { folder.remove() }
    let url = folder.file(LibraryCard.fileName(for: score, period: context.period))
    try WorkbookWriter.write(LibraryCard.workbook(for: score, context: context), to: url)
    let (_, placement) = LibraryCard.dataSheet(
      named: context.labels.cardDataSheet,
      figures: LibraryCard.Figures(score: score, context: context), context: context)
    return WrittenCard(
      context: context, score: score, document: try XLSXDocument(contentsOf: url),
      placement: placement, bytes: try Data(contentsOf: url))
  }

  /// The first row of `sheet` whose column `column` holds the text `text`.
  static func row(of text: String, in sheet: XLSXSheet, column: Int = 0) -> Int? {
    sheet.cells.first { $0.column == column && $0.value == .string(text) }?.row
  }

  /// The values of `range` on `sheet`, top to bottom (one column).
  static func values(_ range: CellRange, in sheet: XLSXSheet) -> [XLSXValue] {
    (range.first.row...range.last.row).map {
      sheet.cell(row: $0, column: range.first.column)?.value ?? .empty
    }
  }
}

enum CardFixtureError: Error {
  case noLibrary(String)
}

extension XLSXSheet {
  /// The cell at `reference`, if written.
  func cell(_ reference: CellReference) -> XLSXCell? {
    cell(row: reference.row, column: reference.column)
  }
}

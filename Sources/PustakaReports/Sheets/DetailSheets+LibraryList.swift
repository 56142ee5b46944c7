import PustakaCore
import XLSXWriter

extension DetailSheets {
  /// One library of a per-library list: what every list's columns read.
  struct LibraryListRow {
    /// The library and its score.
    let score: LibraryScore
    /// Its figures for the period; `nil` when the engine has none.
    let figures: UsageFigures?
    /// Its district and village as the place directory spells them.
    let place: (district: String, village: String)
  }

  /// A column of a per-library list.
  typealias LibraryListColumn = TableColumn<LibraryListRow>

  /// The scope's libraries as list rows, by district and name.
  static func libraryListRows(_ context: ReportContext) -> [LibraryListRow] {
    let statistics = context.libraryStatistics
    return context.scoresByDistrict.map { score in
      LibraryListRow(
        score: score, figures: statistics[score.library.id]?.figures,
        place: place(of: score.library, in: context))
    }
  }

  /// Writes a per-library list, the sheet's last block: its heading, then one Excel table of
  /// every library of the scope with the library's name first, `columns` next, and its
  /// village, district and id last; printed (`printsLibraryLists`), each page starts with
  /// the header (`addPagedTable`), else the print ends above it (`endPrintedPart`), unless an
  /// earlier block already ended it with a line that names this list too.
  ///
  /// - Returns: Where the header and the data landed; `columns` start at offset 1.
  static func addLibraryList(
    heading: String, columns: [LibraryListColumn], headerPoints: Double, tableName: String,
    on sheet: inout ReportSheet, context: ReportContext
  ) -> TablePlacement {
    let words = context.labels.detail
    let all =
      [LibraryListColumn(words.library) { .text($0.score.library.name) }] + columns + [
        LibraryListColumn(words.village, format: indentedText) { .text($0.place.village) },
        LibraryListColumn(words.district, format: indentedText) { .text($0.place.district) },
        LibraryListColumn(words.libraryID, format: indentedText) {
          .text($0.score.library.id.rawValue)
        },
      ]
    let rows = libraryListRows(context).map { row in all.map { $0.value(row) } }
    let printed = printsLibraryLists(context)
    if printed {
      keepTogether(rows: min(rows.count, 20) + 1, headerPoints: headerPoints, on: &sheet)
    } else if sheet.spec.printSetup.printArea == nil {
      endPrintedPart(before: heading, line: \.screenOnlyList, on: &sheet, context: context)
    }
    sheet.addHeading(heading)
    return addPagedTable(
      columns: all.map(\.definition), rows: rows, headerPoints: headerPoints,
      tableName: tableName, repeatsHeader: printed, on: &sheet)
  }

  /// Whether the per-library lists of the budget and collection sheets print.
  ///
  /// A district's dozen libraries do; a regency's list of every library stays on screen,
  /// where it sorts and filters, so that the regency workbook keeps to its page budget
  /// (`shared/reports.md`: 30 pages for Ngawi's 217 libraries). Each library's figures print
  /// on its card.
  static func printsLibraryLists(_ context: ReportContext) -> Bool {
    context.scope.isDistrict
  }
}

import PustakaCore
import XLSXWriter

extension BudgetSheet {
  /// Every library of the scope by district and name: money, absorption, cost per visit and
  /// per loan, then village, district and library id (`DetailSheets.addLibraryList`).
  ///
  /// One Excel table, the sheet's last block: a district's few libraries print, and also feed
  /// the absorption chart; a regency's list stays on screen (`printsLibraryLists`).
  ///
  /// A library without budget lines shows empty money cells (missing, not zero).
  static func addLibraryTable(
    layout: Layout, on sheet: inout ReportSheet, context: ReportContext
  ) -> TablePlacement {
    DetailSheets.addLibraryList(
      heading: libraryListHeading(context),
      columns: libraryColumns(layout, context: context), headerPoints: headerPoints,
      tableName: "BudgetByLibrary", on: &sheet, context: context)
  }

  /// The list's heading: "Per perpustakaan: Kabupaten Ngawi".
  static func libraryListHeading(_ context: ReportContext) -> String {
    "\(context.labels.budget.byLibrary): \(context.placeTitle)"
  }

  /// The list's figures: the money columns (`moneyColumns`), cost per visit and per loan, and
  /// the library's budget flags (`PlausibilityFlags`), so that a filter on that column
  /// lists the libraries to call before the meeting.
  private static func libraryColumns(_ layout: Layout, context: ReportContext)
    -> [DetailSheets.LibraryListColumn]
  {
    let labels = context.labels.budget
    /// The library's figures when it has budget lines in the period or from January.
    func budgeted(_ row: DetailSheets.LibraryListRow) -> UsageFigures? {
      row.figures.flatMap { $0.budget.rows + $0.budgetYearToDate.rows > 0 ? $0 : nil }
    }
    func money(_ read: @escaping (UsageFigures) -> Rupiah) -> (DetailSheets.LibraryListRow)
      -> ReportCell
    {
      { row in budgeted(row).map { .number(Double(read($0).amount)) } ?? .empty }
    }
    func share(_ read: @escaping (UsageFigures) -> Double?) -> (DetailSheets.LibraryListRow)
      -> ReportCell
    {
      { row in budgeted(row).map { .number(DetailSheets.fraction(read($0))) } ?? .empty }
    }
    let captions = moneyColumns(layout, context: context)
    var values = [money(\.budget.allocated), money(\.budget.spent), share(\.absorption)]
    if layout.showsYearToDate {
      values += [
        money(\.budgetYearToDate.allocated), money(\.budgetYearToDate.spent),
        share(\.absorptionYearToDate),
      ]
    }
    let moneyColumns = zip(captions, values).map { definition, value in
      DetailSheets.LibraryListColumn(definition.header, format: definition.format, value: value)
    }
    return moneyColumns + [
      DetailSheets.LibraryListColumn(labels.costPerVisit, format: ReportFormats.money) {
        .number($0.figures?.costPerVisit)
      },
      DetailSheets.LibraryListColumn(labels.costPerLoan, format: ReportFormats.money) {
        .number($0.figures?.costPerLoan)
      },
      flagColumn(layout, context: context),
    ]
  }

  /// The budget flags of each library in a few words ("serapan > 110 %; di bawah laju").
  ///
  /// A library without any has none. Turnover outliers concern the collection and stay on
  /// the data-quality sheet.
  static func flagTexts(_ context: ReportContext) -> [LibraryID: String] {
    let labels = context.labels.plausibility
    let flags = Dictionary(
      grouping: DetailSheets.plausibilityFlags(context).filter { $0.kind != .turnoverOutlier },
      by: \.library)
    return flags.mapValues { $0.map { labels.shortName($0.kind) }.joined(separator: "; ") }
  }

  /// The list's flag column (the layout's `flags`).
  private static func flagColumn(_ layout: Layout, context: ReportContext)
    -> DetailSheets.LibraryListColumn
  {
    DetailSheets.LibraryListColumn(context.labels.plausibility.budgetColumn) { row in
      layout.flags[row.score.library.id].map(ReportCell.text) ?? .empty
    }
  }
}

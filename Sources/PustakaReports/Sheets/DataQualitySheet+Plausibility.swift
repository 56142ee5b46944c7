import PustakaCore
import XLSXWriter

extension DetailSheets {
  /// The plausibility flags of the scope's reporting libraries (`PlausibilityFlags`), in the
  /// lists' library order.
  ///
  /// Outlier fences come from the scope's reporting libraries: a district workbook compares a
  /// district's libraries with each other, and flags no outliers when it has fewer than
  /// `PlausibilityFlags.minimumForOutliers`.
  static func plausibilityFlags(_ context: ReportContext) -> [PlausibilityFlag] {
    let statistics = context.libraryStatistics
    let libraries = context.scoresByDistrict.filter(\.isReporting).compactMap { score in
      statistics[score.library.id].map { (id: score.library.id, figures: $0.figures) }
    }
    return PlausibilityFlags.flags(libraries, lastMonth: context.period.lastMonth.month)
  }
}

extension DataQualitySheet {
  /// The column where the flag counts stand, beside the summary: the one sized for
  /// indicator and flag names.
  static let plausibilityColumn = 3

  /// The figures to check (`PlausibilityFlags`), beside the summary that starts at row `top`:
  /// how many libraries have each flag, then, under both tables, the rules and where the
  /// budget list shows which libraries (its flag column on *Anggaran*, which a filter narrows
  /// to them).
  ///
  /// The budget flags sit with the budget figures they question: a regency has a hundred or
  /// more, which as a list here printed on three pages of their own.
  static func addPlausibilityCounts(
    _ flags: [PlausibilityFlag], besideSummaryAt top: Int, on sheet: inout ReportSheet,
    context: ReportContext
  ) {
    let labels = context.labels.plausibility
    let below = sheet.nextRow
    sheet.moveCursor(to: top)
    sheet.addHeading(
      "\(labels.heading): \(context.placeTitle)", column: plausibilityColumn)
    let columns = [
      ColumnDefinition(labels.flag),
      ColumnDefinition(labels.libraries, format: ReportFormats.count),
    ]
    // Level with the summary's header beside it.
    let summaryHeader = sheet.spec.rowHeights[top + 1] ?? 30
    let placement = sheet.addTable(
      columns: columns,
      rows: PlausibilityFlag.Kind.allCases.map { kind in
        [
          .text(labels.name(kind)),
          .count(Set(flags.filter { $0.kind == kind }.map(\.library)).count),
        ]
      }, startColumn: plausibilityColumn)
    DetailSheets.setHeaderHeight(
      max(
        summaryHeader,
        DetailSheets.headerPoints(
          for: columns, startColumn: plausibilityColumn, in: sheet.spec)),
      of: placement, on: &sheet)
    sheet.moveCursor(to: max(below - 1, sheet.nextRow - 1))
    DetailSheets.addWideNote(
      "\(labels.note) \(labels.budgetPointer(context.labels.budgetSheet))",
      columns: columnCount, on: &sheet)
    sheet.skipRows(1)
  }

  /// The outliers in cost per visit and turnover, one row each: library, id, district, flag,
  /// the library's value and the limit it passed.
  static func addOutliers(
    _ flags: [PlausibilityFlag], on sheet: inout ReportSheet, context: ReportContext
  ) {
    let labels = context.labels.plausibility
    let words = context.labels.detail
    let scores = Dictionary(context.scores.map { ($0.library.id, $0) }) { first, _ in first }
    let rows = flags.filter { $0.kind.isOutlier }.compactMap { flag -> [ReportCell]? in
      guard let score = scores[flag.library] else { return nil }
      let format = Self.format(of: flag.kind)
      return [
        .text(score.library.name), .text(score.library.id.rawValue),
        .text(DetailSheets.place(of: score.library, in: context).district),
        .text(labels.name(flag.kind)), .number(flag.value, format: format),
        .number(flag.limit, format: format),
      ]
    }
    addList(
      "\(labels.outliersHeading): \(context.placeTitle)",
      columns: [
        ColumnDefinition(words.library), ColumnDefinition(words.libraryID),
        ColumnDefinition(words.district), ColumnDefinition(labels.flag),
        ColumnDefinition(labels.value), ColumnDefinition(labels.limit),
      ], rows: rows, on: &sheet, context: context)
  }

  /// Rupiah for cost, ratios for turnover, shares for absorption (the flags carry
  /// percentages).
  private static func format(of kind: PlausibilityFlag.Kind) -> CellFormat {
    switch kind {
    case .absorptionHigh, .absorptionLow, .behindPace: return ReportFormats.share
    case .costPerVisitOutlier: return ReportFormats.money
    case .turnoverOutlier: return ReportFormats.ratio
    }
  }
}

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
    let libraries = librariesByDistrict(context).filter(\.isReporting).compactMap { score in
      statistics[score.library.id].map { (id: score.library.id, figures: $0.figures) }
    }
    return PlausibilityFlags.flags(libraries, lastMonth: context.period.lastMonth.month)
  }
}

extension DataQualitySheet {
  /// The figures to check (`PlausibilityFlags`): how many libraries have each flag, where the
  /// budget list shows which (its flag column on *Anggaran*, which a filter narrows to them),
  /// then the outliers in cost per visit and turnover, one row each: library, id, district,
  /// flag, the library's value and the limit it passed.
  ///
  /// The budget flags sit with the budget figures they question: a regency has a hundred or
  /// more, which as a list here printed on three pages of their own.
  static func addPlausibility(on sheet: inout ReportSheet, context: ReportContext) {
    let labels = context.labels.plausibility
    let words = context.labels.detail
    let flags = DetailSheets.plausibilityFlags(context)
    DetailSheets.keepTogether(
      rows: PlausibilityFlag.Kind.allCases.count + 4, headerPoints: 30, on: &sheet)
    sheet.addHeading("\(labels.heading): \(context.placeTitle)")
    DetailSheets.addWideNote(labels.note, columns: columnCount, on: &sheet)
    sheet.addTable(
      columns: [
        ColumnDefinition(labels.flag),
        ColumnDefinition(labels.libraries, format: ReportFormats.count),
      ],
      rows: PlausibilityFlag.Kind.allCases.map { kind in
        [
          .text(labels.name(kind)),
          .count(Set(flags.filter { $0.kind == kind }.map(\.library)).count),
        ]
      })
    sheet.moveCursor(to: sheet.nextRow - 1)
    DetailSheets.addWideNote(
      labels.budgetPointer(context.labels.budgetSheet), columns: columnCount, on: &sheet)
    sheet.skipRows(1)
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

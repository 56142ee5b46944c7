import PustakaCore
import XLSXWriter

extension DataQualitySheet {
  /// The plausibility flags of the scope's reporting libraries (`PlausibilityFlags`), one row
  /// per flag: library, id, district, flag, the library's value and the limit it passed.
  ///
  /// Outlier fences come from the scope's reporting libraries: a district workbook compares a
  /// district's libraries with each other, and flags no outliers when it has fewer than
  /// `PlausibilityFlags.minimumForOutliers`.
  static func addPlausibility(on sheet: inout ReportSheet, context: ReportContext) {
    let labels = context.labels.plausibility
    let words = context.labels.detail
    let statistics = context.libraryStatistics
    let libraries = DetailSheets.librariesByDistrict(context).filter(\.isReporting)
      .compactMap { score in statistics[score.library.id].map { (score, $0.figures) } }
    let flags = PlausibilityFlags.flags(
      libraries.map { (id: $0.0.library.id, figures: $0.1) },
      lastMonth: context.period.lastMonth.month)
    let scores = Dictionary(libraries.map { ($0.0.library.id, $0.0) }) { first, _ in first }
    let rows = flags.compactMap { flag -> [ReportCell]? in
      guard let score = scores[flag.library] else { return nil }
      let format = Self.format(of: flag.kind)
      let scale = format == ReportFormats.share ? 0.01 : 1
      return [
        .text(score.library.name), .text(score.library.id.rawValue),
        .text(DetailSheets.place(of: score.library, in: context).district),
        .text(labels.name(flag.kind)), .number(flag.value * scale, format: format),
        .number(flag.limit * scale, format: format),
      ]
    }
    addList(
      "\(labels.heading): \(context.placeTitle)", note: labels.note,
      columns: [
        ColumnDefinition(words.library), ColumnDefinition(words.libraryID),
        ColumnDefinition(words.district), ColumnDefinition(labels.flag),
        ColumnDefinition(labels.value), ColumnDefinition(labels.limit),
      ], rows: rows, on: &sheet, context: context)
  }

  /// Shares for absorption (the flags carry percentages), rupiah for cost, ratios for turnover.
  private static func format(of kind: PlausibilityFlag.Kind) -> CellFormat {
    switch kind {
    case .absorptionHigh, .absorptionLow, .behindPace: return ReportFormats.share
    case .costPerVisitOutlier: return ReportFormats.money
    case .turnoverOutlier: return ReportFormats.ratio
    }
  }
}

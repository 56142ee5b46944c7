import PustakaCore
import XLSXWriter

extension DataQualitySheet {
  /// One row per reporting library and indicator whose value is missing: library, district,
  /// key, indicator and why (the reason the engine gives, such as "no budget row in the
  /// period").
  static func addMissing(on sheet: inout ReportSheet, context: ReportContext) {
    let labels = context.labels.dataQuality
    let rows = context.scoresByDistrict.flatMap { score in
      let district = DetailSheets.place(of: score.library, in: context).district
      return score.missingIndicators.map { indicator -> [ReportCell] in
        [
          .text(score.library.name), .text(district), .text(indicator.key.key),
          .text(context.text(indicator.indicator.label)),
          .text(indicator.measurement.missingReason.map { context.text($0.text) } ?? ""),
        ]
      }
    }
    addList(
      "\(labels.missingHeading): \(context.placeTitle)",
      columns: columns(last: ColumnDefinition(labels.reason), context: context), rows: rows,
      on: &sheet, context: context)
  }

  /// One row per reporting library and indicator whose snapshot comes from a month before
  /// the period's last: library, district, key, indicator and the month the value is from.
  static func addCarriedForward(on sheet: inout ReportSheet, context: ReportContext) {
    let labels = context.labels.dataQuality
    let rows = context.scoresByDistrict.flatMap { score in
      let district = DetailSheets.place(of: score.library, in: context).district
      return score.carriedForwardIndicators.map { indicator -> [ReportCell] in
        let month = indicator.measurement.snapshotMonth.map {
          CellValue.date(year: $0.year, month: $0.month, day: 1)
        }
        return [
          .text(score.library.name), .text(district), .text(indicator.key.key),
          .text(context.text(indicator.indicator.label)), ReportCell(month ?? .blank),
        ]
      }
    }
    addList(
      "\(labels.carriedHeading): \(context.placeTitle)",
      columns: columns(
        last: ColumnDefinition(labels.snapshotMonth, format: ReportFormats.month),
        context: context), rows: rows, on: &sheet,
      context: context)
  }

  private static func columns(last: ColumnDefinition, context: ReportContext)
    -> [ColumnDefinition]
  {
    let labels = context.labels.dataQuality
    let words = context.labels.detail
    return [
      ColumnDefinition(words.library), ColumnDefinition(words.district),
      ColumnDefinition(labels.key), ColumnDefinition(labels.indicator), last,
    ]
  }
}

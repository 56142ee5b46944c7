import PustakaCore
import XLSXWriter

extension IndicatorsSheet {
  /// The number format of an indicator's value in a period of `months` months
  /// (`IndicatorUnit`).
  static func valueFormat(_ key: IndicatorKey, months: Int) -> CellFormat {
    IndicatorUnit.of(key).format(months: months)
  }

  /// The value as the cell holds it: percentages as fractions.
  static func cellValue(_ value: Double, _ key: IndicatorKey) -> Double {
    value / IndicatorUnit.of(key).divisor
  }

  /// The look of a value carried forward from an earlier month: italic on light yellow.
  static func carriedForward(_ base: CellFormat) -> CellFormat {
    var format = base
    format.italic = true
    format.fill = ReportPalette.carriedForwardFill
    return format
  }

  /// The conditional formats: missing values (empty cells) on grey, and points on red (0),
  /// yellow (1 to scale - 1) and green (full marks).
  static func conditionalFormats(
    _ layout: IndicatorsLayout, libraries: Int, scale: Int
  ) -> [ConditionalFormat] {
    guard libraries > 0 else { return [] }
    let first = IndicatorsLayout.firstDataRow
    let last = layout.row(ofLibrary: libraries - 1)
    let scoreFill = { (color: Color) in CellFormat(fill: color) }
    var formats: [ConditionalFormat] = []
    for index in 0..<layout.indicatorCount {
      let values = CellRange(
        firstRow: first, firstColumn: layout.valueColumn(index), lastRow: last,
        lastColumn: layout.valueColumn(index))
      formats.append(
        ConditionalFormat(
          range: values,
          rule: .formula(
            "ISBLANK(\(values.first.a1))", format: CellFormat(fill: ReportPalette.missingFill))))
      let points = CellRange(
        firstRow: first, firstColumn: layout.pointsColumn(index), lastRow: last,
        lastColumn: layout.pointsColumn(index))
      let full = Double(scale)
      formats += [
        ConditionalFormat(
          range: points, rule: .cellValue(.equalTo(0), format: scoreFill(ReportPalette.noPoints))),
        ConditionalFormat(
          range: points,
          rule: .cellValue(.greaterThanOrEqualTo(full), format: scoreFill(ReportPalette.fullPoints))
        ),
      ]
      if scale > 1 {
        formats.append(
          ConditionalFormat(
            range: points,
            rule: .cellValue(.between(1, full - 1), format: scoreFill(ReportPalette.somePoints))))
      }
    }
    return formats
  }
}

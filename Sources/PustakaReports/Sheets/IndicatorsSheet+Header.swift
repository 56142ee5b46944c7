import PustakaCore
import XLSXWriter

extension IndicatorsSheet {
  /// Writes the header: the area band, each indicator's label and key over its value and
  /// points columns, the "value" and "points" captions, and the weights row.
  static func addHeader(
    _ context: ReportContext, _ layout: IndicatorsLayout, _ sheet: inout ReportSheet
  ) {
    let labels = context.labels.indicators
    let indicators = context.rubric.indicators
    sheet.edit { spec in
      let header = ReportFormats.header
      // Rank, library and district captions span the three header rows.
      for (column, caption) in [labels.rank, labels.library, labels.district].enumerated() {
        spec.write(.string(caption), row: IndicatorsLayout.areaRow, column: column, format: header)
        for row in IndicatorsLayout.labelRow...IndicatorsLayout.captionRow {
          spec.write(.blank, row: row, column: column, format: header)
        }
        spec.mergedRanges.append(
          CellRange(
            firstRow: IndicatorsLayout.areaRow, firstColumn: column,
            lastRow: IndicatorsLayout.captionRow, lastColumn: column))
      }
      for run in areaRuns(indicators) {
        let range = CellRange(
          firstRow: IndicatorsLayout.areaRow, firstColumn: layout.valueColumn(run.first),
          lastRow: IndicatorsLayout.areaRow, lastColumn: layout.pointsColumn(run.last))
        let color = ReportPalette.color(of: indicators[run.first].area)
        let format = CellFormat(
          bold: true, fontColor: .white, fill: color, border: .thin, borderColor: .white,
          horizontalAlignment: .center, verticalAlignment: .center)
        spec.write(
          .string(context.text(indicators[run.first].area.label)), at: range.first, format: format)
        spec.mergedRanges.append(range)
      }
      for (index, indicator) in indicators.enumerated() {
        let value = layout.valueColumn(index)
        spec.write(
          .string("\(context.text(indicator.label))\n(\(indicator.key.key))"),
          row: IndicatorsLayout.labelRow, column: value, format: header)
        spec.write(.blank, row: IndicatorsLayout.labelRow, column: value + 1, format: header)
        spec.mergedRanges.append(
          CellRange(
            firstRow: IndicatorsLayout.labelRow, firstColumn: value,
            lastRow: IndicatorsLayout.labelRow, lastColumn: value + 1))
        spec.write(
          .string(labels.value), row: IndicatorsLayout.captionRow, column: value, format: header)
        spec.write(
          .string(labels.points), row: IndicatorsLayout.captionRow, column: value + 1,
          format: header)
      }
      spec.rowHeights[IndicatorsLayout.areaRow] = 20
      spec.rowHeights[IndicatorsLayout.labelRow] = 75
      spec.rowHeights[IndicatorsLayout.captionRow] = 18
    }
    addWeights(context, layout, &sheet)
  }

  /// Writes the weights row: the label, then each indicator's weight under its points column.
  private static func addWeights(
    _ context: ReportContext, _ layout: IndicatorsLayout, _ sheet: inout ReportSheet
  ) {
    let label = context.labels.indicators.weights(context.labels.rankingSheet)
    var labelFormat = ReportFormats.banded(ReportFormats.note)
    labelFormat.fontSize = 9
    labelFormat.fontColor = nil
    labelFormat.verticalAlignment = .center
    let weightFormat = ReportFormats.banded(
      CellFormat(horizontalAlignment: .center, verticalAlignment: .center))
    let row = IndicatorsLayout.weightRow
    sheet.edit { spec in
      spec.write(.string(label), row: row, column: 0, format: labelFormat)
      for column in 1...IndicatorsLayout.districtColumn {
        spec.write(.blank, row: row, column: column, format: labelFormat)
      }
      spec.mergedRanges.append(
        CellRange(
          firstRow: row, firstColumn: 0, lastRow: row, lastColumn: IndicatorsLayout.districtColumn))
      for (index, indicator) in context.rubric.indicators.enumerated() {
        spec.write(.blank, row: row, column: layout.valueColumn(index), format: weightFormat)
        spec.write(
          .number(indicator.weight), row: row, column: layout.pointsColumn(index),
          format: weightFormat)
      }
      spec.rowHeights[row] = 30
    }
    sheet.moveCursor(toAtLeast: IndicatorsLayout.firstDataRow)
  }

  /// The runs of consecutive indicators in the same area, as first and last index.
  static func areaRuns(_ indicators: [RubricIndicator]) -> [(first: Int, last: Int)] {
    var runs: [(first: Int, last: Int)] = []
    for (index, indicator) in indicators.enumerated() {
      if let last = runs.last, indicators[last.last].area == indicator.area {
        runs[runs.count - 1].last = index
      } else {
        runs.append((index, index))
      }
    }
    return runs
  }
}

import PustakaCore
import XLSXWriter

extension IndicatorsSheet {
  /// The table's column captions: rank, id, library, district, then each indicator's
  /// number with "value" and "points" ("1 Nilai", "1 Poin"), unique as an Excel table needs.
  static func captions(_ context: ReportContext) -> [String] {
    let labels = context.labels.indicators
    var captions = [labels.rank, context.labels.detail.libraryID, labels.library, labels.district]
    for index in context.rubric.indicators.indices {
      captions += ["\(index + 1) \(labels.value)", "\(index + 1) \(labels.points)"]
    }
    return captions
  }

  /// Writes the header: the area band, each indicator's number and label over its value and
  /// points columns, the weights row, and the table's captions row.
  static func addHeader(
    _ context: ReportContext, _ layout: IndicatorsLayout, _ sheet: inout ReportSheet
  ) {
    let indicators = context.rubric.indicators
    sheet.edit { spec in
      let header = ReportFormats.header
      for (column, caption) in captions(context).enumerated() {
        spec.write(
          .string(caption), row: IndicatorsLayout.captionRow, column: column, format: header)
      }
      for column in 0..<IndicatorsLayout.firstIndicatorColumn {
        for row in IndicatorsLayout.areaRow...IndicatorsLayout.labelRow {
          spec.write(.blank, row: row, column: column, format: header)
        }
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
        // The indicator's key is on the method sheet, beside its number and label.
        spec.write(
          .string("\(index + 1). \(context.text(indicator.label))"),
          row: IndicatorsLayout.labelRow, column: value, format: header)
        spec.write(.blank, row: IndicatorsLayout.labelRow, column: value + 1, format: header)
        spec.mergedRanges.append(
          CellRange(
            firstRow: IndicatorsLayout.labelRow, firstColumn: value,
            lastRow: IndicatorsLayout.labelRow, lastColumn: value + 1))
      }
      spec.rowHeights[IndicatorsLayout.areaRow] = 20
      spec.rowHeights[IndicatorsLayout.labelRow] = 64
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

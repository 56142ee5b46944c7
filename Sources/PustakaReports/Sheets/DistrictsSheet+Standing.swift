import PustakaCore
import XLSXWriter

extension DistrictsSheet {
  /// A district workbook's standing block, above its table: the district's rank among the
  /// regency's districts by mean KPI and by IPLM (`DistrictStanding`), each as a number in
  /// column B followed by "of 19 districts", then a blank row.
  static func addStanding(_ context: ReportContext, to sheet: inout ReportSheet) {
    guard let standing = context.districtStanding else { return }
    let labels = context.labels.districts
    sheet.addHeading(labels.standingHeading(context.regencyName))
    let entries = [
      (labels.meanKPI, standing.kpiRank, standing.rankedByKPI),
      (labels.iplm, standing.iplmRank, standing.rankedByIPLM),
    ]
    let rankFormat = CellFormat(numberFormat: "0", fontSize: 12, bold: true)
    for (caption, rank, count) in entries {
      let row = sheet.nextRow
      sheet.edit { spec in
        spec.write(.string(caption), row: row, column: 0, format: ReportFormats.text)
        if let rank {
          spec.write(.number(Double(rank)), row: row, column: 1, format: rankFormat)
          spec.write(.string(labels.rankOf(count)), row: row, column: 2, format: ReportFormats.text)
        } else {
          spec.write(.string(labels.notRanked), row: row, column: 1, format: ReportFormats.note)
        }
        spec.rowHeights[row] = 18
      }
      sheet.skipRows()
    }
    sheet.skipRows()
  }

  /// The name of the district a district workbook highlights among all districts; `nil` in a
  /// regency workbook.
  static func highlightedName(_ context: ReportContext) -> String? {
    context.scope.districtName
  }

  /// One colour per category of a chart of districts: the highlight for the workbook's own
  /// district, `nil` (the series colour) for the others; empty when nothing is highlighted.
  static func pointColors(_ names: [String], _ context: ReportContext) -> [Color?] {
    guard let highlighted = highlightedName(context), names.contains(highlighted) else {
      return []
    }
    return names.map { $0 == highlighted ? ReportPalette.highlight : nil }
  }

  /// The rows of a chart's data block with the highlighted district's row in bold on the band.
  static func highlightingRows(
    _ rows: [[ReportCell]], names: [String], columns: [ColumnDefinition], _ context: ReportContext
  ) -> [[ReportCell]] {
    guard let highlighted = highlightedName(context) else { return rows }
    return zip(rows, names).map { row, name in
      guard name == highlighted else { return row }
      return row.enumerated().map { offset, cell in
        ReportCell(
          cell.value,
          format: ReportFormats.banded(cell.format ?? columns[offset].format))
      }
    }
  }
}

import PustakaCore
import XLSXWriter

extension RankingSheet {
  /// Writes the means under the table: the scope's and, in a district workbook, the
  /// regency's mean KPI and sub-scores, on the comparison band.
  static func addMeans(_ context: ReportContext, _ columns: [Column], _ sheet: inout ReportSheet) {
    var groups = [(context.scopeName, context.scopeStatistics, ScoreAverages(context.reporting))]
    if context.scope.isDistrict {
      groups.append(
        (context.regencyName, context.regencyStatistics, context.regencyAverages))
    }
    let labels = context.labels.ranking
    for (name, statistics, averages) in groups {
      let row = sheet.nextRow
      sheet.edit { spec in
        for (offset, column) in columns.enumerated() {
          let value: CellValue
          var format = ReportFormats.banded(ReportFormats.score)
          switch column {
          case .library:
            value = .string(labels.meanOf(name))
            format = ReportFormats.banded(ReportFormats.text)
          case .kpi: value = statistics?.kpi.mean.map { .number($0) } ?? .blank
          case .area(let area): value = averages.areaScore(area).map { .number($0) } ?? .blank
          default: value = .blank
          }
          spec.write(value, row: row, column: offset, format: format)
        }
      }
      sheet.skipRows()
    }
    sheet.skipRows()
  }

  /// Lists the libraries that did not report under the table, with a note, in the library,
  /// village and district columns.
  static func addNotReporting(
    _ context: ReportContext, _ columns: [Column], _ sheet: inout ReportSheet
  ) {
    guard !context.notReporting.isEmpty else { return }
    let labels = context.labels.ranking
    sheet.addHeading(labels.notReportingHeading)
    let libraryColumn = columns.firstIndex(of: .library) ?? 0
    let placement = sheet.addTable(
      columns: [
        ColumnDefinition(labels.library), ColumnDefinition(labels.village),
        ColumnDefinition(labels.district), ColumnDefinition(labels.note),
      ],
      rows: context.notReporting.map {
        [
          .text($0.library.name), .text($0.library.village), .text($0.library.district),
          ReportCell(
            .string(labels.notReporting),
            format: CellFormat(italic: true, fontColor: ReportPalette.muted)),
        ]
      }, startColumn: libraryColumn)
    // The note spans its column and the next (KPI and grade), which alone are too narrow.
    let noteColumn = libraryColumn + 3
    let lastRow = placement.lastDataRow ?? placement.header.first.row
    sheet.edit { spec in
      for row in placement.header.first.row...lastRow {
        if let cell = spec[CellReference(row: row, column: noteColumn)] {
          spec.write(.blank, row: row, column: noteColumn + 1, format: cell.format)
        }
        spec.mergedRanges.append(
          CellRange(
            firstRow: row, firstColumn: noteColumn, lastRow: row, lastColumn: noteColumn + 1))
      }
    }
  }
}

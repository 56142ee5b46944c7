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
    let libraryColumn = columns.firstIndex(of: .libraryID) ?? 0
    let columns = [
      ColumnDefinition(context.labels.detail.libraryID), ColumnDefinition(labels.library),
      ColumnDefinition(labels.village), ColumnDefinition(labels.district),
      ColumnDefinition(labels.note),
    ]
    let placement = sheet.addTable(
      columns: columns,
      rows: context.notReporting.map {
        [
          .text($0.library.id.rawValue), .text($0.library.name),
          .text(context.villageName(of: $0.library)), .text(context.districtName(of: $0.library)),
          ReportCell(
            .string(labels.notReporting),
            format: CellFormat(italic: true, fontColor: ReportPalette.muted)),
        ]
      }, startColumn: libraryColumn)
    // The note sits under the KPI column and runs on over the empty grade column beside it.
    let noteColumn = libraryColumn + 4
    let lastRow = placement.lastDataRow ?? placement.header.first.row
    sheet.edit { spec in
      // An Excel table of its own; the note's merge would cut through a table, so the note
      // column is the last and simply wide enough.
      spec.tables.append(
        TableSpec(
          name: labels.notReportingTableName,
          range: CellRange(
            firstRow: placement.header.first.row, firstColumn: libraryColumn, lastRow: lastRow,
            lastColumn: noteColumn),
          columnHeaders: columns.map(\.header), style: .light(1)))
    }
  }
}

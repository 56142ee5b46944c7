import PustakaCore
import XLSXWriter

/// The indicators sheet (*Indikator*): for every reporting library, in ranking order, the value
/// and the points of each of the rubric's indicators, with the rubric's weights in a row of
/// their own that the ranking's KPI formulas read.
///
/// Missing values are empty cells on grey (a formula rule) with the reason in a comment;
/// values carried forward from an earlier month are italic on yellow with the month in a
/// comment. Points are coloured red (0), yellow and green (full marks). In a district
/// workbook the sheet lists the district's libraries, with the district's and the regency's
/// mean points below them.
package enum IndicatorsSheet {
  /// Builds the sheet for `context`'s scope.
  package static func build(_ context: ReportContext) -> ReportSheet {
    let labels = context.labels.indicators
    let layout = IndicatorsLayout(rubric: context.rubric, libraries: context.reporting.count)
    var sheet = ReportSheet(name: context.labels.indicatorsSheet)
    let titleSpan = min(layout.lastColumn, IndicatorsLayout.firstIndicatorColumn + 11)
    sheet.addTitle(labels.title, subtitle: context.subtitle, across: titleSpan)
    let legend = labels.legend(context.rubric.scale)
    sheet.addNote(legend, across: titleSpan, lines: 2)
    precondition(sheet.nextRow == IndicatorsLayout.areaRow, "the legend sits above the header")
    setWidths(layout, &sheet)
    addHeader(context, layout, &sheet)
    addLibraries(context, layout, &sheet)
    addMeans(context, layout, &sheet)
    let lastPrintedRow = addNotReporting(context, &sheet)
    sheet.edit { spec in
      if !context.reporting.isEmpty {
        spec.tables.append(
          TableSpec(
            name: labels.tableName,
            range: CellRange(
              firstRow: IndicatorsLayout.captionRow, firstColumn: 0,
              lastRow: layout.row(ofLibrary: context.reporting.count - 1),
              lastColumn: layout.lastColumn),
            columnHeaders: captions(context), style: .light(1)))
      }
      spec.frozenPane = CellReference(
        row: IndicatorsLayout.firstDataRow, column: IndicatorsLayout.libraryColumn + 1)
      spec.conditionalFormats += conditionalFormats(
        layout, libraries: context.reporting.count, scale: context.rubric.scale)
    }
    context.applyPrintSetup(to: &sheet, repeatThrough: IndicatorsLayout.weightRow)
    let widths = sheet.spec.resolvedColumnWidths()
    let plan = printPlan(
      widths: widths, layout: layout, runs: areaRuns(context.rubric.indicators))
    applyPrint(plan, widths: widths, legendLength: legend.count, to: &sheet)
    if let lastPrintedRow {
      sheet.edit { spec in
        spec.printSetup.printArea = CellRange(
          firstRow: 0, firstColumn: 0, lastRow: lastPrintedRow, lastColumn: layout.lastColumn)
      }
    }
    return sheet
  }

  private static func setWidths(_ layout: IndicatorsLayout, _ sheet: inout ReportSheet) {
    sheet.setWidth(.fixed(9), column: IndicatorsLayout.rankColumn)
    sheet.setWidth(.fitContent(minimum: 8, maximum: 12), column: IndicatorsLayout.libraryIDColumn)
    sheet.setWidth(.fitContent(minimum: 20, maximum: 34), column: IndicatorsLayout.libraryColumn)
    sheet.setWidth(.fitContent(minimum: 10, maximum: 16), column: IndicatorsLayout.districtColumn)
    for index in 0..<layout.indicatorCount {
      sheet.setWidth(.fitContent(minimum: 8, maximum: 11), column: layout.valueColumn(index))
      sheet.setWidth(.fixed(6.5), column: layout.pointsColumn(index))
    }
  }

  /// Writes the library rows: rank, library, district, then each indicator's value and
  /// points, with comments on missing and carried-forward values.
  private static func addLibraries(
    _ context: ReportContext, _ layout: IndicatorsLayout, _ sheet: inout ReportSheet
  ) {
    let labels = context.labels.indicators
    let pointsFormat = CellFormat(numberFormat: "0", horizontalAlignment: .center)
    let rankFormat = CellFormat(horizontalAlignment: .center)
    sheet.edit { spec in
      for (index, score) in context.reporting.enumerated() {
        let row = layout.row(ofLibrary: index)
        let rank = context.scopeRank(of: score).map { CellValue.number(Double($0)) } ?? .blank
        spec.write(rank, row: row, column: IndicatorsLayout.rankColumn, format: rankFormat)
        spec.write(
          .string(score.library.id.rawValue), row: row, column: IndicatorsLayout.libraryIDColumn)
        spec.write(.string(score.library.name), row: row, column: IndicatorsLayout.libraryColumn)
        spec.write(
          .string(context.districtName(of: score.library)), row: row,
          column: IndicatorsLayout.districtColumn)
        for (column, indicator) in context.rubric.indicators.enumerated() {
          let value = CellReference(row: row, column: layout.valueColumn(column))
          guard let scored = score.indicator(indicator.key) else {
            spec.write(
              .blank, at: value,
              format: valueFormat(indicator.key, months: context.period.monthCount))
            continue
          }
          let measurement = scored.measurement
          var format = valueFormat(indicator.key, months: context.period.monthCount)
          if measurement.isCarriedForward && !measurement.isMissing {
            format = carriedForward(format)
            if let month = measurement.snapshotMonth {
              spec.comments[value] = labels.carriedForward(month.description)
            }
          }
          if let number = measurement.value {
            spec.write(.number(cellValue(number, indicator.key)), at: value, format: format)
          } else {
            spec.write(.blank, at: value, format: format)
            let reason = measurement.missingReason.map { context.text($0.text) } ?? ""
            spec.comments[value] = labels.missing(reason)
          }
          spec.write(
            .number(Double(scored.points)), at: value.offset(columns: 1), format: pointsFormat)
        }
      }
    }
    sheet.moveCursor(toAtLeast: layout.row(ofLibrary: context.reporting.count) + 1)
    if context.reporting.isEmpty {
      sheet.addNote(labels.noReporting, across: IndicatorsLayout.districtColumn)
    }
  }

  /// Writes the mean points of the scope's reporting libraries and, in a district workbook,
  /// the regency's, under the points columns.
  private static func addMeans(
    _ context: ReportContext, _ layout: IndicatorsLayout, _ sheet: inout ReportSheet
  ) {
    guard !context.reporting.isEmpty else { return }
    var groups = [(context.scopeName, ScoreAverages(context.reporting))]
    if context.scope.isDistrict {
      groups.append((context.regencyName, context.regencyAverages))
    }
    let labels = context.labels.indicators
    let textFormat = ReportFormats.banded(ReportFormats.text)
    let pointsFormat = ReportFormats.banded(
      CellFormat(numberFormat: "0.00", horizontalAlignment: .center))
    for (name, averages) in groups {
      let row = sheet.nextRow
      sheet.edit { spec in
        spec.write(.blank, row: row, column: IndicatorsLayout.rankColumn, format: textFormat)
        spec.write(
          .string(labels.meanPointsOf(name)), row: row, column: IndicatorsLayout.libraryColumn,
          format: textFormat)
        spec.write(.blank, row: row, column: IndicatorsLayout.districtColumn, format: textFormat)
        for (index, indicator) in context.rubric.indicators.enumerated() {
          spec.write(.blank, row: row, column: layout.valueColumn(index), format: textFormat)
          let mean = averages.points(indicator.key).map { CellValue.number($0) } ?? .blank
          spec.write(mean, row: row, column: layout.pointsColumn(index), format: pointsFormat)
        }
      }
      sheet.skipRows()
    }
    sheet.skipRows()
  }

  /// Lists the libraries that did not report, which have no indicators, on screen only: the
  /// ranking and data-quality sheets print them, and here they would add a page to the
  /// print for a few rows.
  ///
  /// - Returns: The last row to print, the line saying so; `nil` when every library
  ///   reported.
  private static func addNotReporting(_ context: ReportContext, _ sheet: inout ReportSheet)
    -> Int?
  {
    guard !context.notReporting.isEmpty else { return nil }
    let labels = context.labels.indicators
    sheet.addNote(
      context.labels.detail.screenOnly(labels.notReportingHeading),
      across: IndicatorsLayout.districtColumn)
    let lastPrintedRow = sheet.nextRow - 1
    sheet.skipRows()
    sheet.addHeading(labels.notReportingHeading)
    let columns = [
      ColumnDefinition(context.labels.detail.libraryID), ColumnDefinition(labels.library),
      ColumnDefinition(labels.district),
    ]
    let placement = sheet.addTable(
      columns: columns,
      rows: context.notReporting.map {
        [
          .text($0.library.id.rawValue), .text($0.library.name),
          .text(context.districtName(of: $0.library)),
        ]
      },
      startColumn: IndicatorsLayout.libraryIDColumn)
    sheet.edit { spec in
      spec.tables.append(
        TableSpec(
          name: labels.notReportingTableName, range: placement.range,
          columnHeaders: columns.map(\.header), style: .light(1)))
    }
    return lastPrintedRow
  }
}

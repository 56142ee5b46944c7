import PustakaCore
import XLSXWriter

/// The province summary's first sheet (*Ringkasan*): the province's headline figures against
/// the previous period (A to E) beside the award list across the province (G to N), then the
/// regencies' mean KPI and literacy index (IPLM) charted, highest first.
package enum ProvinceSummarySheet {
  /// Column widths in characters, A to N: the headline table (A-E), a narrow gap (F), the
  /// award list (G-N).
  static let columnWidths: [Double] = [26, 16, 16, 15, 14, 2, 10, 11, 30, 16, 14, 8, 16, 11]
  /// The last column (N).
  static let lastColumn = columnWidths.count - 1
  /// The first column of the award list (G).
  static let listColumn = 6

  /// Builds the sheet for `context`'s province.
  package static func build(_ context: ProvinceContext) -> ReportSheet {
    let words = context.labels.province
    var sheet = ReportSheet(name: context.labels.summarySheet)
    for (column, width) in columnWidths.enumerated() {
      sheet.setWidth(.fixed(width), column: column)
    }
    sheet.addTitle(words.summaryTitle, subtitle: context.subtitle, across: lastColumn)
    sheet.addNote(words.rankingNote, across: lastColumn, lines: 2)
    sheet.skipRows()
    let top = sheet.nextRow
    addHeadline(context, to: &sheet)
    let leftEnd = sheet.nextRow
    sheet.moveCursor(to: top)
    addAwardList(context, to: &sheet)
    sheet.moveCursor(to: max(leftEnd, sheet.nextRow))
    let flow = PageFlow(columnWidths: columnWidths)
    flow.pinRows(below: sheet.nextRow, in: &sheet)
    let districts = context.labels.districts
    ProvinceCharts.addSections(
      [
        ProvinceCharts.Measure(
          title: words.standingChartTitle, axisTitle: words.standingAxis,
          format: ReportFormats.score, labelFormat: "0.0", axisFormat: "0", maximum: 100,
          series: [
            ProvinceCharts.Series(
              caption: districts.meanKPI, color: ReportPalette.title,
              value: { $0.statistics.kpi.mean }),
            ProvinceCharts.Series(
              caption: districts.iplm, color: ReportPalette.development,
              value: { $0.literacyIndex?.index }),
          ])
      ], at: ProvinceCharts.Place(block: 0, chart: 3, last: lastColumn),
      columnWidths: columnWidths, context: context, to: &sheet, flow: flow,
      sheetName: context.labels.summarySheet)
    context.applyPrintSetup(to: &sheet, repeatThrough: nil)
    flow.finish(
      &sheet, closingNote: context.labels.districts.sourceNote(context.input.provenance.toolVersion)
    )
    return sheet
  }

  /// Writes the headline table in columns A to E: measure, this period, previous period,
  /// change and relative change (formulas with their values cached), as on a regency's
  /// summary.
  private static func addHeadline(_ context: ProvinceContext, to sheet: inout ReportSheet) {
    let labels = context.labels.summary
    let detail = context.labels.detail
    let regencies = context.standing.regencies.count
    sheet.addHeading(
      "\(labels.headlineHeading): \(context.placeTitle)"
        + " (\(regencies) \(context.labels.province.regencies.lowercased()))")
    let columns = [
      ColumnDefinition(labels.measure),
      ColumnDefinition(detail.periodLabel(context.period)),
      ColumnDefinition(detail.periodLabel(context.period.previous)),
      ColumnDefinition(labels.change),
      ColumnDefinition(labels.changePercent),
    ]
    let current = context.standing.totals
    let previous = context.previousTotals
    let firstRow = sheet.nextRow + 1
    let figures = SummarySheet.figures(labels, context.labels.summaryTiles)
    let rows = figures.enumerated().map { offset, figure -> [ReportCell] in
      let now = figure.value(current)
      let before = previous.flatMap(figure.value)
      let row = firstRow + offset
      return [
        .text(figure.label), .number(now, format: figure.format),
        .number(before, format: figure.format),
        SummarySheet.changeCell(now, before, row: row, figure: figure, labels: labels),
        figure.change == .relative
          ? SummarySheet.relativeChangeCell(now, before, row: row) : .empty,
      ]
    }
    sheet.addTable(columns: columns, rows: rows)
    if previous == nil {
      sheet.addNote(labels.noPreviousPeriod, across: 4)
    }
  }

  /// Writes the award list across the province in columns G to N, as an Excel table, with
  /// its basis and tie-break under it; or a note when no library reports.
  private static func addAwardList(_ context: ProvinceContext, to sheet: inout ReportSheet) {
    let words = context.labels.province
    let support = context.labels.support
    write(words.awardHeading, format: ReportFormats.heading, on: &sheet)
    let award = context.awardList
    guard !award.entries.isEmpty else {
      write(support.noReporting, format: ReportFormats.note, on: &sheet)
      return
    }
    let centred = CellFormat(horizontalAlignment: .center)
    let columns = [
      ColumnDefinition(support.rank, format: centred), ColumnDefinition(support.libraryID),
      ColumnDefinition(support.library), ColumnDefinition(words.regency),
      ColumnDefinition(support.district),
      ColumnDefinition(support.kpi, format: ReportFormats.score),
      ColumnDefinition(support.grade), ColumnDefinition(support.monthsInTopTen, format: centred),
    ]
    let rows = award.entries.map { entry -> [ReportCell] in
      let library = entry.score.library
      let place = context.place(of: library)
      return [
        .count(entry.rank), .text(library.id.rawValue), .text(library.name),
        .text(place.regency), .text(place.district), .number(entry.score.kpi),
        entry.score.grade.map {
          ReportCell(
            .string(context.labels.gradeText($0)),
            format: ReportFormats.grade($0, in: context.input.report.rubric))
        } ?? .empty,
        .count(entry.monthsInTopTen),
      ]
    }
    let placement = sheet.addTable(columns: columns, rows: rows, startColumn: listColumn)
    DetailSheets.addExcelTable(named: words.awardTableName, placement, columns: columns, on: &sheet)
    sheet.moveCursor(to: sheet.nextRow - 1)
    write(
      SummarySheet.awardBasisNote(award, context.labels),
      format: CellFormat(fontSize: 8, fontColor: ReportPalette.muted), on: &sheet, merged: true)
  }

  /// Writes `text` in the award list's first column and moves on a row; `merged` spans it to
  /// the last column.
  private static func write(
    _ text: String, format: CellFormat, on sheet: inout ReportSheet, merged: Bool = false
  ) {
    let row = sheet.nextRow
    sheet.edit { spec in
      spec.write(.string(text), row: row, column: listColumn, format: format)
      if merged {
        spec.mergedRanges.append(
          CellRange(firstRow: row, firstColumn: listColumn, lastRow: row, lastColumn: lastColumn))
      }
    }
    sheet.skipRows()
  }
}

import PustakaCore
import XLSXWriter

extension LibraryCard {
  /// Where the data sheet put the numbers the card's charts draw.
  struct DataPlacement {
    /// The data sheet's name.
    var sheet: String
    /// The 12 months: month (a date), visitors, loans, and the month as text for the charts'
    /// categories (a chart shows a date category as its serial number in LibreOffice).
    var months: TablePlacement
    /// The areas: name, the library's sub-score, the district mean, the regency mean; `nil`
    /// when the library did not report.
    var areas: TablePlacement?
  }

  /// The data sheet: plain numbers only, so that charts show the right figures even in a
  /// viewer that does not recalculate (Protected View).
  ///
  /// A month without an attendance report is left blank (missing, never zero), which leaves
  /// a gap in the chart.
  static func dataSheet(
    named name: String, figures: Figures, context: ReportContext
  ) -> (ReportSheet, DataPlacement) {
    let labels = context.labels.card
    var sheet = ReportSheet(name: name)
    let subtitle =
      "\(figures.score.library.name) · \(context.labels.periodPrefix) \(context.labels.periodInWords(context.period))"
    sheet.edit { sheet in
      sheet.write(.string(labels.dataTitle), row: 0, column: 0, format: ReportFormats.title)
      sheet.rowHeights[0] = 24
      sheet.write(.string(subtitle), row: 1, column: 0, format: LibraryCard.Formats.subtitle)
      sheet.write(.string(labels.dataNote), row: 2, column: 0, format: LibraryCard.Formats.subtitle)
    }
    sheet.moveCursor(toAtLeast: 4)

    let headingRow = sheet.nextRow
    sheet.addHeading(labels.monthsHeading)
    var pointByMonth: [Month: MonthlyPoint] = [:]
    for point in figures.months { pointByMonth[point.month] = point }
    let monthRows: [[ReportCell]] = context.period.trailingTwelveMonths.map { month in
      let point = pointByMonth[month].flatMap { $0.reporting > 0 ? $0 : nil }
      return [
        ReportCell(.date(year: month.year, month: month.month, day: 1)),
        .count(point?.visitors), .count(point?.loans),
        .text(labels.monthAbbreviations[month.month - 1]),
      ]
    }
    let centred = CellFormat(horizontalAlignment: .center)
    let monthFormat = CellFormat(numberFormat: "yyyy-mm", horizontalAlignment: .center)
    let months = sheet.addTable(
      columns: [
        ColumnDefinition(labels.month, format: monthFormat, width: .fixed(12)),
        ColumnDefinition(labels.visitors, format: ReportFormats.count, width: .fixed(14)),
        ColumnDefinition(labels.loans, format: ReportFormats.count, width: .fixed(14)),
        ColumnDefinition(labels.monthText, format: centred, width: .fixed(14)),
      ], rows: monthRows)
    let noteRow = sheet.nextRow - 1
    sheet.edit { sheet in
      sheet.write(
        .string(labels.blankMonthsNote), row: noteRow, column: 0,
        format: LibraryCard.Formats.subtitle)
    }
    sheet.moveCursor(toAtLeast: noteRow + 2)

    var areas: TablePlacement?
    if figures.score.isReporting {
      let rows: [[CellValue]] = context.rubric.areas.map { area in
        [
          .string(context.text(area.label)),
          figures.score.areaScore(area).map { .number($0.score) } ?? .blank,
          figures.districtMeans.mean(area).map(CellValue.number) ?? .blank,
          figures.regencyMeans.mean(area).map(CellValue.number) ?? .blank,
        ]
      }
      let headers = [labels.area, labels.thisLibrary, labels.districtMean, labels.regencyMean]
      areas = writeAreaTable(
        rows, headers: headers, heading: labels.areasHeading, row: headingRow,
        column: months.range.last.column + 2, into: &sheet)
    }
    context.applyPrintSetup(to: &sheet, repeatThrough: nil)
    return (sheet, DataPlacement(sheet: name, months: months, areas: areas))
  }

  /// Writes the area table beside the months: heading at `row`, header below, one row per
  /// area, at `column` (an area name column, then three scores).
  private static func writeAreaTable(
    _ rows: [[CellValue]], headers: [String], heading: String, row: Int, column: Int,
    into sheet: inout ReportSheet
  ) -> TablePlacement {
    sheet.setWidth(.fixed(3), column: column - 1)
    sheet.setWidth(.fixed(36), column: column)
    for offset in 1..<headers.count { sheet.setWidth(.fixed(14), column: column + offset) }
    sheet.edit { sheet in
      sheet.write(.string(heading), row: row, column: column, format: ReportFormats.heading)
      for (offset, header) in headers.enumerated() {
        sheet.write(
          .string(header), row: row + 1, column: column + offset, format: ReportFormats.header)
      }
      for (rowOffset, values) in rows.enumerated() {
        for (offset, value) in values.enumerated() {
          sheet.write(
            value, row: row + 2 + rowOffset, column: column + offset,
            format: offset == 0 ? ReportFormats.text : ReportFormats.score)
        }
      }
    }
    return TablePlacement(
      header: CellRange(
        firstRow: row + 1, firstColumn: column, lastRow: row + 1,
        lastColumn: column + headers.count - 1),
      firstDataRow: rows.isEmpty ? nil : row + 2,
      lastDataRow: rows.isEmpty ? nil : row + 1 + rows.count, firstColumn: column)
  }
}

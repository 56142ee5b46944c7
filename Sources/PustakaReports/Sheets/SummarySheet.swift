import PustakaCore
import XLSXWriter

/// The summary sheet (*Ringkasan*): one printed A4 landscape page, whose top also fills the
/// first screen of a 1366 x 768 display at 100 %.
///
/// From the top: the title; two rows of headline tiles (the period's figures, each with what
/// it is measured against); the four charts side by side; then, on the left, the headline
/// figures against the previous period and, on the right, the award list and the libraries to
/// support first. The numbers the charts draw sit below the printed page (plain numbers, never
/// formulas, so that a file opened in Protected View shows its charts).
///
/// In a district workbook the figures are the district's, compared with the regency's mean
/// per district, and the KPI chart shows the district's libraries next to the district's and
/// the regency's means.
package enum SummarySheet {
  /// Column widths in characters, A to M.
  ///
  /// The headline table (A-E), a narrow gap (F), the library lists (G-M): 1,297 pixels in
  /// all, inside a 1366-pixel screen at 100 %; E is wide enough for a district workbook's
  /// money figures of the regency, L for area names, G for its "Peringkat" caption unbroken
  /// in LibreOffice, whose characters are wider than Excel's.
  static let columnWidths: [Double] = [26, 13, 13, 14, 14, 2, 10, 8, 26, 12, 7, 20, 11]
  /// The last column of the page (M).
  static let lastColumn = columnWidths.count - 1
  /// The first column of the library lists (G).
  static let listColumn = 6
  /// The first row of the tiles (under the title, subtitle and a blank row).
  static let tileRow = 3
  /// The row of the charts' top edge: under two rows of tiles and a spacer row.
  static let chartRow = tileRow + 2 * Tiles.rowsPerTile + 1
  /// The charts' height in pixels.
  static let chartHeight = 240
  /// The first row of the headline table and of the lists: under the charts (12 rows of 20
  /// pixels) and a spacer row.
  static let listRow = chartRow + chartHeight / 20 + 1

  /// The sheet's width in pixels: Excel draws a column of `w` characters `7w + 5` pixels wide.
  static var widthInPixels: Int {
    columnWidths.reduce(0) { $0 + Int($1 * 7 + 5) }
  }

  /// Builds the sheet for `context`'s scope.
  package static func build(_ context: ReportContext) -> ReportSheet {
    var sheet = ReportSheet(name: context.labels.summarySheet)
    for (column, width) in columnWidths.enumerated() {
      sheet.setWidth(.fixed(width), column: column)
    }
    sheet.addTitle(context.labels.summary.title, subtitle: context.subtitle, across: lastColumn)
    sheet.edit { $0.rowHeights[tileRow - 1] = 6 }
    Tiles.add(context, to: &sheet, row: tileRow)
    addGradeLegend(context, to: &sheet, row: listRow - 1)
    sheet.moveCursor(to: listRow)
    addHeadline(context, to: &sheet)
    let leftEnd = sheet.nextRow
    sheet.moveCursor(to: listRow)
    addLibraryLists(context, to: &sheet)
    let pageEnd = max(leftEnd, sheet.nextRow)
    sheet.moveCursor(to: pageEnd)
    sheet.addNote(
      context.labels.summary.sourceNote(context.input.provenance.toolVersion),
      across: lastColumn)
    let lastPrintedRow = sheet.nextRow - 1
    sheet.skipRows(2)
    addCharts(context, to: &sheet)
    context.applyPrintSetup(to: &sheet, repeatThrough: nil)
    sheet.edit { spec in
      spec.printSetup.fitToPages = PrintSetup.FitToPages(width: 1, height: 1)
      spec.printSetup.printArea = CellRange(
        firstRow: 0, firstColumn: 0, lastRow: lastPrintedRow, lastColumn: lastColumn)
      spec.printSetup.centeredHorizontally = true
    }
    return sheet
  }

  /// The legend of the grade colours, in the row under the charts.
  ///
  /// The KPI chart's bars, the award list and the other sheets use these colours:
  /// "A: KPI ≥ 80" ... "D: KPI < 40".
  static func addGradeLegend(_ context: ReportContext, to sheet: inout ReportSheet, row: Int) {
    let grades = context.rubric.grades
    let detail = context.labels.detail
    sheet.edit { spec in
      spec.write(
        .string(context.labels.summary.gradeLegend), row: row, column: 0,
        format: CellFormat(fontSize: 8, bold: true, fontColor: ReportPalette.title))
      for (index, grade) in grades.enumerated() where index < 4 {
        let isLast = index == grades.count - 1
        let bound = isLast && index > 0 ? grades[index - 1].minimum : grade.minimum
        let text =
          "\(grade.grade): KPI \(isLast && index > 0 ? "<" : "≥") "
          + detail.number(bound, decimals: 1)
        var format = ReportFormats.grade(grade, in: context.rubric)
        format.fontSize = 8
        spec.write(.string(text), row: row, column: 1 + index, format: format)
      }
    }
  }
}

import PustakaCore
import XLSXWriter

extension LibraryCard {
  /// The report card's own cell formats and number formats, built on `ReportFormats`.
  enum Formats {
    /// The KPI: large and bold.
    static let kpi = CellFormat(
      numberFormat: "0.00", fontSize: 22, bold: true, fontColor: ReportPalette.title,
      horizontalAlignment: .center, verticalAlignment: .center)
    /// The line under the title: muted, not wrapped (it runs across the page).
    static let subtitle = CellFormat(fontColor: ReportPalette.muted)
    /// A label of the headline block.
    static let label = CellFormat(verticalAlignment: .center)
    /// The label of the KPI itself.
    static let kpiLabel = CellFormat(
      fontSize: 12, bold: true, fontColor: ReportPalette.title, verticalAlignment: .center)
    /// A headline figure: bold, left-aligned next to its label.
    static func figure(_ numberFormat: String) -> CellFormat {
      CellFormat(
        numberFormat: numberFormat, bold: true, horizontalAlignment: .left,
        verticalAlignment: .center)
    }
    /// A notice across the card: bold on pale amber.
    static let notice = CellFormat(
      fontSize: 13, bold: true, fill: ReportPalette.notice, verticalAlignment: .center,
      wrapsText: true)
    /// A wrapped note in muted text, vertically centred.
    static let note = CellFormat(
      fontColor: ReportPalette.muted, verticalAlignment: .center, wrapsText: true)
    /// Body text that wraps, vertically centred.
    static let wrapped = CellFormat(verticalAlignment: .center, wrapsText: true)
    /// A small muted note that wraps.
    static let smallNote = CellFormat(
      fontSize: 9, fontColor: ReportPalette.muted, verticalAlignment: .center, wrapsText: true,
      indent: 1)
    /// A small note on a missing value, in the colour of the lowest grade.
    static let missingNote = CellFormat(
      fontSize: 9, fontColor: ReportPalette.gradeD, verticalAlignment: .center, wrapsText: true,
      indent: 1)
    /// Advice about missing data, in the colour of the lowest grade.
    static let missingText = CellFormat(fontColor: ReportPalette.gradeD)

    /// A bold figure, centred in its cell.
    static func centredFigure(_ numberFormat: String) -> CellFormat {
      var format = figure(numberFormat)
      format.horizontalAlignment = .center
      return format
    }

    /// The grade letter on its grade's colour.
    static func gradeLetter(_ fill: Color) -> CellFormat {
      CellFormat(
        fontSize: 22, bold: true, fontColor: ReportPalette.text(on: fill), fill: fill,
        horizontalAlignment: .center, verticalAlignment: .center)
    }

    /// The grade's name on its grade's colour.
    static func gradeName(_ fill: Color) -> CellFormat {
      CellFormat(
        fontSize: 14, bold: true, fontColor: ReportPalette.text(on: fill), fill: fill,
        horizontalAlignment: .center, verticalAlignment: .center)
    }

    /// A cell filled with an area's colour, its text in black or white to suit.
    static func area(_ area: KPIArea, centred: Bool = false) -> CellFormat {
      let fill = ReportPalette.areaColor(area)
      return CellFormat(
        bold: centred, fontColor: ReportPalette.text(on: fill), fill: fill,
        horizontalAlignment: centred ? .center : .general, verticalAlignment: .center)
    }

    /// `format` with `fill` behind it.
    static func filled(_ format: CellFormat, _ fill: Color?) -> CellFormat {
      var result = format
      result.fill = fill
      return result
    }

    // MARK: - Number formats

    /// `text` as a literal inside a number format (its own quotes dropped).
    static func literal(_ text: String) -> String {
      "\"\(text.filter { $0 != "\"" })\""
    }

    /// A whole number followed by "of `total`": 3 shows as `3 dari 19`.
    static func outOf(_ total: Int, _ of: String) -> String {
      "0" + literal(" \(of) \(total)")
    }

    /// A signed score change: `+2.50`, `-1.25`, `0.00`.
    static let signedScore = "+0.00;-0.00;0.00"
    /// A signed whole number: `+1`.
    static let signedCount = "+0;-0;0"

    /// A rank change in words: 2 shows `naik 2`, -1 shows `turun 1`, 0 shows `tetap`.
    static func rankChange(_ labels: CardLabels) -> String {
      literal("\(labels.rankUp) ") + "0;" + literal("\(labels.rankDown) ") + "0;"
        + literal(labels.rankSame)
    }
  }
}

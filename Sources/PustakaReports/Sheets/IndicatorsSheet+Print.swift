import PustakaCore
import XLSXWriter

extension IndicatorsSheet {
  /// How the indicators sheet prints: several pages across, each a run of whole areas (or,
  /// for an area too wide for one page, of whole indicators) beside the repeated rank, library
  /// and district columns, at one fixed scale large enough to read.
  ///
  /// Fitting all 20 indicators to one page wide prints at about 45 %; two pages of ten
  /// indicators beside the library columns print at about 60 %, where whole areas (one a
  /// page) would take four. Excel and LibreOffice ignore manual page
  /// breaks on a sheet fitted to pages, so the plan fixes the scale instead: the largest whole
  /// percentage at which every page's columns fit the printable width.
  struct PrintPlan: Equatable {
    /// The first column of every page strip after the first: the vertical page breaks.
    var breaks: [Int]
    /// The print scale in percent.
    var scale: Int
  }

  /// The printable width of landscape A4 with 0.4-inch side margins, in pixels at 100 %.
  static let printableWidth = 1_045.0
  /// The smallest scale the plan packs pages for, in percent: the pages across are as few as
  /// fit at this scale (two for the built-in rubric, as the meeting's print budget allows).
  static let packingScale = 55.0

  /// The width LibreOffice draws a column of `width` characters, in pixels: wider than
  /// Excel's `7w + 5` (see `PrintedPage`), so a page that fits there fits in Excel too.
  static func printedPixels(ofWidth width: Double) -> Double {
    7.4 * (width + 5.0 / 7.0)
  }

  /// Packs the indicator columns into pages across: as few pages as fit at `packingScale`,
  /// breaking between areas when whole areas need no more pages than that, else between
  /// indicators, with the pages as even as their indicator counts allow.
  ///
  /// - Parameters:
  ///   - widths: Every column's width in characters, by column.
  ///   - layout: Where the indicators are.
  ///   - runs: The runs of indicators in one area, as first and last index.
  static func printPlan(
    widths: [Int: Double], layout: IndicatorsLayout, runs: [(first: Int, last: Int)]
  ) -> PrintPlan {
    func pixels(_ columns: ClosedRange<Int>) -> Double {
      columns.reduce(0) { $0 + printedPixels(ofWidth: widths[$1] ?? 8.43) }
    }
    let identification = pixels(IndicatorsLayout.rankColumn...IndicatorsLayout.districtColumn)
    let room = printableWidth * 100 / packingScale - identification
    func width(_ indicators: ClosedRange<Int>) -> Double {
      pixels(layout.valueColumn(indicators.lowerBound)...layout.pointsColumn(indicators.upperBound))
    }
    let count = layout.indicatorCount
    // Fewest pages: the most indicators a page holds, and the pages that needs.
    var perPage = 1
    while perPage < count, width(0...perPage) <= room { perPage += 1 }
    let pageCount = (count + perPage - 1) / perPage
    // Whole areas, packed greedily, when they take no more pages.
    var byArea: [ClosedRange<Int>] = []
    for run in runs {
      if let last = byArea.last, width(last.lowerBound...run.last) <= room {
        byArea[byArea.count - 1] = last.lowerBound...run.last
      } else {
        byArea.append(run.first...run.last)
      }
    }
    var pages = byArea
    if byArea.count > pageCount || byArea.contains(where: { width($0) > room }) {
      pages = (0..<pageCount).map { page in
        let start = page * count / pageCount
        return start...((page + 1) * count / pageCount - 1)
      }
    }
    let widest = pages.map { identification + width($0) }.max() ?? identification
    let fit = (printableWidth * 100 / widest).rounded(.down)
    return PrintPlan(
      breaks: pages.dropFirst().map { layout.valueColumn($0.lowerBound) },
      scale: Int(max(10, min(100, fit))))
  }

  /// Prints the sheet across `plan`'s pages: fixed widths, the header rows and the rank,
  /// library and district columns on every page, a break before every page strip, and the
  /// title's and legend's merged rows ending on the first page.
  static func applyPrint(
    _ plan: PrintPlan, widths: [Int: Double], legendLength: Int, to sheet: inout ReportSheet
  ) {
    for (column, width) in widths { sheet.setWidth(.fixed(width), column: column) }
    let firstPageEnd = (plan.breaks.first ?? Int.max) - 1
    sheet.edit { spec in
      for index in spec.mergedRanges.indices
      where spec.mergedRanges[index].first.row < IndicatorsLayout.areaRow
        && spec.mergedRanges[index].last.column > firstPageEnd
      {
        let range = spec.mergedRanges[index]
        spec.mergedRanges[index] = CellRange(
          firstRow: range.first.row, firstColumn: range.first.column, lastRow: range.last.row,
          lastColumn: firstPageEnd)
      }
      // An area band across a break becomes one band a page, each with the area's name.
      for index in spec.mergedRanges.indices.reversed()
      where spec.mergedRanges[index].first.row == IndicatorsLayout.areaRow {
        let range = spec.mergedRanges[index]
        let cuts = plan.breaks.filter { $0 > range.first.column && $0 <= range.last.column }
        guard !cuts.isEmpty, let cell = spec.cells[range.first] else { continue }
        let bounds = [range.first.column] + cuts + [range.last.column + 1]
        spec.mergedRanges.remove(at: index)
        for (first, next) in zip(bounds, bounds.dropFirst()) {
          spec.write(cell.value, row: range.first.row, column: first, format: cell.format)
          spec.mergedRanges.append(
            CellRange(
              firstRow: range.first.row, firstColumn: first, lastRow: range.last.row,
              lastColumn: next - 1))
        }
      }
      // The legend, now narrower, may need more lines.
      let characters = (0...min(firstPageEnd, spec.columns.keys.max() ?? 0)).reduce(0.0) {
        $0 + (widths[$1] ?? 8.43)
      }
      let lines = max(2, Int((Double(legendLength) * 1.1 / max(characters, 1)).rounded(.up)))
      spec.rowHeights[IndicatorsLayout.legendRow] = PageFlow.rowHeight * Double(lines)
      spec.printSetup.fitToPages = nil
      spec.printSetup.scalePercent = plan.scale
      spec.printSetup.verticalPageBreaks = plan.breaks
      spec.printSetup.repeatedRows = IndicatorsLayout.areaRow...IndicatorsLayout.captionRow
      spec.printSetup.repeatedColumns =
        IndicatorsLayout.rankColumn...IndicatorsLayout.districtColumn
    }
  }
}

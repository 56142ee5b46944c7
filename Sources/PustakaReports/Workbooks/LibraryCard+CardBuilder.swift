import PustakaCore
import XLSXWriter

extension LibraryCard {
  /// Lays out the card's front sheet on one landscape page: the left half from top to bottom
  /// (headline, next steps, indicators), the right half beside it (area table, then charts
  /// sharing out the height of the left half).
  struct CardBuilder {
    /// The sheet being laid out.
    var sheet: ReportSheet
    /// The figures shown.
    let figures: Figures
    /// The library's district context.
    let context: ReportContext
    /// Where the chart data lives.
    let data: DataPlacement

    /// Column widths from A: the left half (A-G), a narrow gap (H), the right half (I-L).
    static let widths: [Double] = [5, 40, 11, 11, 11, 11, 30, 2, 36, 12, 12, 12]
    /// The first column of the left half's key figures (C).
    static let valueColumn = 2
    /// The first column of the right half (I).
    static let rightColumn = 8
    /// The row of the headline: the KPI, or the notice of a library that did not report.
    static let headlineRow = 3
    /// The height in pixels the charts of a card without scores get at least.
    static let minimumChartHeight = 600

    var labels: CardLabels { context.labels.card }
    var score: LibraryScore { figures.score }

    /// Fills the sheet.
    mutating func build() {
      for (column, width) in Self.widths.enumerated() {
        sheet.setWidth(.fixed(width), column: column)
      }
      addTitle()
      if score.isReporting {
        addHeadline()
        addRecommendations()
        addIndicators()
        let staffTop = addAreaTable()
        placeCharts(includingAreas: true, fromRow: addStaffTable(from: staffTop))
      } else {
        addNotReported()
        if figures.lastMonthReported != nil {
          placeCharts(includingAreas: false, fromRow: Self.headlineRow)
        }
      }
      applyPrintSetup()
    }

    /// The library's name, then what the card is, the place and the period.
    mutating func addTitle() {
      let library = score.library
      let village = library.villageType == .kelurahan ? labels.kelurahan : labels.desa
      let parts = [
        labels.cardKind, library.id.rawValue, "\(village) \(context.villageName(of: library))",
        context.labels.districtTitle(figures.districtName),
        context.labels.regencyTitle(figures.regencyName),
        "\(context.labels.periodPrefix) \(context.labels.periodInWords(context.period))",
      ]
      sheet.edit { sheet in
        sheet.write(.string(library.name), row: 0, column: 0, format: ReportFormats.title)
        sheet.rowHeights[0] = 24
        sheet.write(
          .string(parts.joined(separator: " · ")), row: 1, column: 0, format: Formats.subtitle)
      }
      sheet.moveCursor(toAtLeast: Self.headlineRow)
    }

    /// Landscape A4, one page wide and tall, small margins, no grid lines.
    mutating func applyPrintSetup() {
      context.applyPrintSetup(to: &sheet, repeatThrough: nil)
      sheet.edit { sheet in
        sheet.printSetup.fitToPages = PrintSetup.FitToPages(width: 1, height: 1)
        sheet.printSetup.margins = PrintSetup.Margins(left: 0.3, right: 0.3, top: 0.5, bottom: 0.5)
        sheet.printSetup.centeredHorizontally = true
        sheet.showsGridLines = false
      }
    }

    // MARK: - Geometry

    /// The height of `row` in pixels (15 points unless set).
    func pixels(ofRow row: Int) -> Int {
      Int(((sheet.spec.rowHeights[row] ?? 15) * 4 / 3).rounded())
    }

    /// The width of `column` in pixels, as Excel draws a width in characters.
    static func pixels(ofColumn column: Int) -> Int {
      Int((widths[column] * 7).rounded()) + 5
    }

    /// The width of the right half in pixels.
    static var rightWidth: Int {
      (rightColumn..<widths.count).reduce(0) { $0 + pixels(ofColumn: $1) }
    }

    /// Writes `text` across columns `first` to `last` of `row`, merged.
    mutating func writeMerged(
      _ value: CellValue, row: Int, from first: Int, to last: Int, format: CellFormat
    ) {
      sheet.edit { sheet in
        for column in first...last { sheet.write(.blank, row: row, column: column, format: format) }
        sheet.write(value, row: row, column: first, format: format)
        if last > first {
          sheet.mergedRanges.append(
            CellRange(firstRow: row, firstColumn: first, lastRow: row, lastColumn: last))
        }
      }
    }

    /// Makes `row` tall enough for `text` wrapped in `column` (or merged `columns`).
    mutating func fitHeight(
      row: Int, text: String, column: Int? = nil, columns: ClosedRange<Int>? = nil,
      fontSize: Double
    ) {
      let span = columns ?? (column ?? 0)...(column ?? 0)
      let width = span.reduce(0) { $0 + Self.widths[$1] }
      // About 1.15 characters of body text per unit of column width at 11 points.
      let perLine = max(1, Int(width * 1.15 * 11 / fontSize))
      let lines = max(1, (text.count + perLine - 1) / perLine)
      let height = max(15, Double(lines) * (fontSize + 4))
      sheet.edit { sheet in
        sheet.rowHeights[row] = max(sheet.rowHeights[row] ?? 15, height)
      }
    }
  }
}

import PustakaCore
import XLSXWriter

extension SummarySheet {
  /// The headline tiles: two rows of seven, each a caption, a large figure and a line saying
  /// what the figure is measured against.
  enum Tiles {
    /// One tile.
    struct Tile {
      var caption: String
      var value: Double?
      var format: CellFormat
      var note: String
      /// Whether the note is a warning (shown in red).
      var isAlert = false
    }

    /// Rows per tile: caption, figure, note.
    static let rowsPerTile = 3
    /// The columns of the seven tiles of a row, fitted to the sheet's columns.
    static let spans: [ClosedRange<Int>] = [0...0, 1...2, 3...5, 6...7, 8...8, 9...10, 11...12]

    /// Writes the two rows of tiles from `row`.
    static func add(_ context: ReportContext, to sheet: inout ReportSheet, row: Int) {
      let tiles = Self.tiles(context)
      for (index, tile) in tiles.enumerated() {
        let top = row + (index / spans.count) * rowsPerTile
        write(tile, span: spans[index % spans.count], top: top, on: &sheet)
      }
      sheet.edit { spec in
        for tileRow in 0..<2 {
          let top = row + tileRow * rowsPerTile
          spec.rowHeights[top] = 13
          spec.rowHeights[top + 1] = 24
          spec.rowHeights[top + 2] = 22
        }
        spec.rowHeights[row + 2 * rowsPerTile] = 8
      }
    }

    private static func write(
      _ tile: Tile, span: ClosedRange<Int>, top: Int, on sheet: inout ReportSheet
    ) {
      let caption = CellFormat(
        fontSize: 8, bold: true, fontColor: ReportPalette.title, fill: ReportPalette.band,
        border: .thin, borderColor: .white, verticalAlignment: .bottom)
      var figure = tile.format
      figure.fontSize = 16
      figure.bold = true
      figure.fontColor = ReportPalette.title
      figure.fill = ReportPalette.band
      figure.border = .thin
      figure.borderColor = .white
      figure.horizontalAlignment = .left
      figure.verticalAlignment = .center
      let note = CellFormat(
        fontSize: 7.5, fontColor: tile.isAlert ? ReportPalette.gradeD : ReportPalette.muted,
        fill: ReportPalette.band, border: .thin, borderColor: .white, verticalAlignment: .top,
        wrapsText: true)
      let value: CellValue = tile.value.map { .number($0) } ?? .string("–")
      sheet.edit { spec in
        for (offset, (cell, format)) in [
          (CellValue.string(tile.caption), caption), (value, figure),
          (CellValue.string(tile.note), note),
        ].enumerated() {
          let row = top + offset
          spec.write(cell, row: row, column: span.lowerBound, format: format)
          if span.count > 1 {
            spec.mergedRanges.append(
              CellRange(
                firstRow: row, firstColumn: span.lowerBound, lastRow: row,
                lastColumn: span.upperBound))
          }
        }
      }
    }

    /// The fourteen tiles in reading order.
    static func tiles(_ context: ReportContext) -> [Tile] {
      let words = context.labels.summaryTiles
      let detail = context.labels.detail
      let current = context.scopeStatistics
      let previous = context.previousScopeStatistics
      let previousName = detail.periodLabel(context.period.previous)
      let figures = current?.figures
      let staff = figures?.staffing ?? StaffFigures()
      func count(_ value: Int) -> String { detail.number(Double(value), decimals: 0) }
      func percent(_ share: Double) -> String { detail.number(share * 100, decimals: 1) + " %" }
      func money(_ amount: Double) -> String { "Rp " + detail.number(amount, decimals: 0) }
      /// The relative change of a sum against the previous period.
      func change(_ value: (UsageStatistics.Group) -> Double?) -> String {
        guard let now = current.flatMap(value), let before = previous.flatMap(value), before != 0
        else { return words.noPrevious }
        let relative = (now / before - 1) * 100
        return words.changeOn(signed(relative, decimals: 1) + " %", previousName)
      }
      /// The change of a score or share (given in percent) in points.
      func points(_ value: (UsageStatistics.Group) -> Double?) -> String {
        guard let now = current.flatMap(value), let before = previous.flatMap(value) else {
          return words.noPrevious
        }
        return words.pointsOn(signed(now - before, decimals: 2), previousName)
      }
      func signed(_ value: Double, decimals: Int) -> String {
        (value > 0 ? "+" : value < 0 ? "-" : "") + detail.number(abs(value), decimals: decimals)
      }
      let registered = figures?.libraries ?? 0
      let reporting = figures?.reporting ?? 0
      let lowest = context.rubric.grades.last
      let lowestCount = context.reporting.filter { $0.grade == lowest }.count
      let twelveMonthMean = KPISummary(Array(context.twelveMonthScores.values)).mean
      let pace = Double(context.period.lastMonth.month) / 12
      let yearToDate = figures?.absorptionYearToDate.map { $0 / 100 }
      let whole = ReportFormats.count
      return [
        Tile(
          caption: words.reporting, value: Double(reporting), format: whole,
          note: words.ofRegistered(
            count(registered),
            registered == 0 ? "–" : percent(Double(reporting) / Double(registered)))),
        Tile(
          caption: words.meanKPI, value: current?.kpi.mean, format: ReportFormats.score,
          note: twelveMonthMean.map { words.twelveMonthMean(detail.number($0)) }
            ?? points { $0.kpi.mean }),
        Tile(
          caption: words.lowestGrade(lowest?.grade ?? "D"), value: Double(lowestCount),
          format: whole,
          note: words.lowestGradeNote(
            count(reporting),
            context.options.awardBasis == .twelveMonths
              ? count(context.twelveMonthScores.values.filter { $0.grade == lowest }.count) : nil,
            context.labels.support.sheetName),
          isAlert: lowestCount > 0),
        Tile(
          caption: words.visitors, value: figures.map { Double($0.attendance.visitors) },
          format: whole, note: change { Double($0.figures.attendance.visitors) }),
        Tile(
          caption: words.loans, value: figures.map { Double($0.attendance.loans) },
          format: whole, note: change { Double($0.figures.attendance.loans) }),
        Tile(
          caption: words.activities, value: figures.map { Double($0.activities.count) },
          format: whole,
          note: words.participants(count(figures?.activities.participants ?? 0))),
        Tile(
          caption: words.costPerVisit, value: figures?.costPerVisit, format: ReportFormats.money,
          note: change { $0.figures.costPerVisit }),
        Tile(
          caption: words.staff, value: Double(staff.paidStaff), format: whole,
          note: words.trainedStaff(count(staff.trainedStaff))),
        Tile(
          caption: words.withoutTrainedStaff, value: Double(staff.withoutTrainedStaff),
          format: whole,
          note: words.trainedStandard(
            count(staff.withTrainedStaffToStandard), count(staff.withOneTrainedStaff)),
          isAlert: staff.withoutTrainedStaff > 0),
        Tile(
          caption: words.volunteers, value: Double(staff.volunteers), format: whole,
          note: staff.hoursPerVolunteer.map {
            words.hoursPerVolunteer(detail.number($0, decimals: 1))
          }
            ?? ""),
        Tile(
          caption: words.volunteerHours, value: staff.volunteerHours, format: whole,
          note: words.withoutHours(count(staff.withoutVolunteerHours))),
        Tile(
          caption: words.spent, value: figures.map { Double($0.budget.spent.amount) },
          format: ReportFormats.money,
          note: words.ofAllocated(money(Double(figures?.budget.allocated.amount ?? 0)))),
        Tile(
          caption: words.absorption, value: figures?.absorption.map { $0 / 100 },
          format: ReportFormats.share, note: points { $0.figures.absorption }),
        Tile(
          caption: words.absorptionYearToDate, value: yearToDate, format: ReportFormats.share,
          note: words.pace(
            percent(pace), context.period.lastMonth.month, (yearToDate ?? 0) < pace),
          isAlert: (yearToDate ?? 0) < pace),
      ]
    }
  }
}

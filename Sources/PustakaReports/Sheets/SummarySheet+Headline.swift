import PustakaCore
import XLSXWriter

extension SummarySheet {
  /// One headline figure: this period, the previous one and, in a district workbook, the
  /// regency's mean per district.
  struct Figure {
    /// How the change against the previous period is shown.
    enum Change {
      /// Relative, in percent: sums such as visitors.
      case relative
      /// In points: shares and scores (86.3 % to 92.0 % is +5.7 points).
      case points
      /// Only the difference: counts of libraries.
      case difference
    }

    var label: String
    var format: CellFormat
    var change: Change
    /// Whether the figure adds up over districts (a sum), so that the regency's comparison
    /// is its mean per district; otherwise (a mean or a ratio) it is the regency's own value.
    var isSum: Bool
    var value: (UsageStatistics.Group) -> Double?
  }

  /// The headline figures in the order the sheet lists them.
  static func figures(_ labels: SummaryLabels, _ tiles: SummaryTileLabels) -> [Figure] {
    func share(_ numerator: Int, _ denominator: Int) -> Double? {
      denominator == 0 ? nil : Double(numerator) / Double(denominator)
    }
    let count = ReportFormats.count
    func sum(_ label: String, _ value: @escaping (UsageStatistics.Group) -> Double?) -> Figure {
      Figure(label: label, format: count, change: .relative, isSum: true, value: value)
    }
    return [
      Figure(label: labels.registered, format: count, change: .difference, isSum: true) {
        Double($0.figures.libraries)
      },
      Figure(label: labels.reporting, format: count, change: .difference, isSum: true) {
        Double($0.figures.reporting)
      },
      Figure(
        label: labels.reportingShare, format: ReportFormats.share, change: .points, isSum: false
      ) {
        share($0.figures.reporting, $0.figures.libraries)
      },
      Figure(label: labels.meanKPI, format: ReportFormats.score, change: .points, isSum: false) {
        $0.kpi.mean
      },
      sum(labels.visitors) { Double($0.figures.attendance.visitors) },
      sum(labels.loans) { Double($0.figures.attendance.loans) },
      sum(labels.activities) { Double($0.figures.activities.count) },
      sum(labels.participants) { Double($0.figures.activities.participants) },
      sum(tiles.staff) { Double($0.figures.staffing.paidStaff) },
      sum(labels.trainedStaff) { Double($0.figures.staffing.trainedStaff) },
      Figure(label: tiles.withoutTrainedStaff, format: count, change: .difference, isSum: true) {
        Double($0.figures.staffing.withoutTrainedStaff)
      },
      sum(tiles.volunteers) { Double($0.figures.staffing.volunteers) },
      sum(tiles.volunteerHours) { $0.figures.staffing.volunteerHours },
      Figure(label: labels.allocated, format: ReportFormats.money, change: .relative, isSum: true) {
        Double($0.figures.budget.allocated.amount)
      },
      Figure(label: labels.spent, format: ReportFormats.money, change: .relative, isSum: true) {
        Double($0.figures.budget.spent.amount)
      },
      Figure(label: labels.absorption, format: ReportFormats.share, change: .points, isSum: false) {
        $0.figures.absorption.map { $0 / 100 }
      },
      Figure(
        label: labels.absorptionYearToDate, format: ReportFormats.share, change: .points,
        isSum: false
      ) {
        $0.figures.absorptionYearToDate.map { $0 / 100 }
      },
      Figure(
        label: tiles.costPerVisit, format: ReportFormats.money, change: .relative, isSum: false
      ) {
        $0.figures.costPerVisit
      },
    ]
  }

  /// Writes the headline table in columns A to E: measure, this period, previous period,
  /// change (a formula) and the relative change (a formula), or, in a district workbook, the
  /// regency's mean per district in place of the relative change.
  static func addHeadline(_ context: ReportContext, to sheet: inout ReportSheet) {
    let labels = context.labels.summary
    let shared = context.labels
    let detail = shared.detail
    sheet.addHeading("\(labels.headlineHeading): \(context.scopeName)")
    let isDistrict = context.scope.isDistrict
    let columns = [
      ColumnDefinition(labels.measure),
      ColumnDefinition(detail.periodLabel(context.period)),
      ColumnDefinition(detail.periodLabel(context.period.previous)),
      ColumnDefinition(labels.change),
      ColumnDefinition(isDistrict ? labels.regencyMeanPerDistrict : labels.changePercent),
    ]
    let current = context.scopeStatistics
    let previous = context.previousScopeStatistics
    let regency = context.regencyStatistics
    let districtCount = max(
      context.input.report.places.regencies[context.scope.regencyIndex]
        .districts.count, 1)
    let firstRow = sheet.nextRow + 1
    let rows = figures(labels, shared.summaryTiles).enumerated().map { offset, figure in
      let now = current.flatMap(figure.value)
      let before = previous.flatMap(figure.value)
      let row = firstRow + offset
      var cells: [ReportCell] = [
        .text(figure.label), .number(now, format: figure.format),
        .number(before, format: figure.format),
        changeCell(now, before, row: row, figure: figure, labels: labels),
      ]
      if isDistrict {
        let value = regency.flatMap(figure.value).map {
          figure.isSum ? $0 / Double(districtCount) : $0
        }
        cells.append(.number(value, format: ReportFormats.banded(figure.format)))
      } else if figure.change == .relative {
        cells.append(relativeChangeCell(now, before, row: row))
      } else {
        cells.append(.empty)
      }
      return cells
    }
    sheet.addTable(columns: columns, rows: rows, startColumn: 0)
    if previous == nil {
      sheet.addNote(labels.noPreviousPeriod, across: 4)
    }
  }

  /// The change `now - before` as a formula over the two cells left of it; in points for
  /// shares (x 100) and scores.
  static func changeCell(
    _ now: Double?, _ before: Double?, row: Int, figure: Figure, labels: SummaryLabels
  ) -> ReportCell {
    let isShare = figure.format.numberFormat == ReportFormats.share.numberFormat
    let format =
      figure.change == .points
      ? CellFormat(numberFormat: labels.pointsFormat(decimals: isShare ? 1 : 2))
      : ReportFormats.signed(figure.format)
    guard let now, let before else { return .number(nil, format: format) }
    let current = CellReference(row: row, column: 1)
    let previous = current.offset(columns: 1)
    let (formula, value) =
      isShare
      ? ("(\(current.a1)-\(previous.a1))*100", (now - before) * 100)
      : ("\(current.a1)-\(previous.a1)", now - before)
    return ReportCell(.formula(formula, cached: .number(value)), format: format)
  }

  /// The relative change `now / before - 1` as a formula; empty when `before` is 0.
  static func relativeChangeCell(_ now: Double?, _ before: Double?, row: Int) -> ReportCell {
    guard let now, let before, before != 0 else {
      return .number(nil, format: ReportFormats.signedShare)
    }
    let current = CellReference(row: row, column: 1)
    let previous = current.offset(columns: 1)
    return ReportCell(
      .formula("\(current.a1)/\(previous.a1)-1", cached: .number(now / before - 1)),
      format: ReportFormats.signedShare)
  }
}

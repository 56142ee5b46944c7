import PustakaCore
import XLSXWriter

extension SummarySheet {
  /// One headline figure: this period, the previous one and, in a district workbook, the
  /// regency's.
  struct Figure {
    var label: String
    var format: CellFormat
    /// Whether a relative change means something (not for KPIs and shares, whose change is
    /// shown in points).
    var isRelative: Bool
    var value: (UsageStatistics.Group) -> Double?
  }

  /// The headline figures in the order the sheet lists them.
  static func figures(_ labels: SummaryLabels) -> [Figure] {
    func share(_ numerator: Int, _ denominator: Int) -> Double? {
      denominator == 0 ? nil : Double(numerator) / Double(denominator)
    }
    let count = ReportFormats.count
    return [
      Figure(label: labels.registered, format: count, isRelative: true) {
        Double($0.figures.libraries)
      },
      Figure(label: labels.reporting, format: count, isRelative: true) {
        Double($0.figures.reporting)
      },
      Figure(label: labels.reportingShare, format: ReportFormats.share, isRelative: false) {
        share($0.figures.reporting, $0.figures.libraries)
      },
      Figure(label: labels.meanKPI, format: ReportFormats.score, isRelative: false) {
        $0.kpi.mean
      },
      Figure(label: labels.visitors, format: count, isRelative: true) {
        Double($0.figures.attendance.visitors)
      },
      Figure(label: labels.loans, format: count, isRelative: true) {
        Double($0.figures.attendance.loans)
      },
      Figure(label: labels.activities, format: count, isRelative: true) {
        Double($0.figures.activities.count)
      },
      Figure(label: labels.participants, format: count, isRelative: true) {
        Double($0.figures.activities.participants)
      },
      Figure(label: labels.allocated, format: ReportFormats.money, isRelative: true) {
        Double($0.figures.budget.allocated.amount)
      },
      Figure(label: labels.spent, format: ReportFormats.money, isRelative: true) {
        Double($0.figures.budget.spent.amount)
      },
      Figure(label: labels.absorption, format: ReportFormats.share, isRelative: false) {
        $0.figures.absorption.map { $0 / 100 }
      },
      Figure(label: labels.absorptionYearToDate, format: ReportFormats.share, isRelative: false) {
        $0.figures.absorptionYearToDate.map { $0 / 100 }
      },
    ]
  }

  /// Writes the headline table: measure, this period, previous period, change (a formula),
  /// relative change (a formula) and, in a district workbook, the regency's figure.
  static func addHeadline(_ context: ReportContext, to sheet: inout ReportSheet) {
    let labels = context.labels.summary
    let shared = context.labels
    sheet.addHeading("\(labels.headlineHeading): \(context.scopeName)")
    var columns = [
      ColumnDefinition(labels.measure),
      ColumnDefinition("\(shared.periodPrefix) \(context.period)"),
      ColumnDefinition("\(shared.periodPrefix) \(context.period.previous)"),
      ColumnDefinition(labels.change), ColumnDefinition(labels.changePercent),
    ]
    if context.scope.isDistrict {
      columns.append(ColumnDefinition("\(context.regencyName), \(context.period)"))
    }
    let current = context.scopeStatistics
    let previous = context.previousScopeStatistics
    let regency = context.regencyStatistics
    let firstRow = sheet.nextRow + 1
    let rows = figures(labels).enumerated().map { offset, figure in
      let now = current.flatMap(figure.value)
      let before = previous.flatMap(figure.value)
      let row = firstRow + offset
      var cells: [ReportCell] = [
        .text(figure.label), .number(now, format: figure.format),
        .number(before, format: figure.format),
        changeCell(now, before, row: row, format: ReportFormats.signed(figure.format)),
        figure.isRelative
          ? relativeChangeCell(now, before, row: row) : .number(nil, format: figure.format),
      ]
      if context.scope.isDistrict {
        cells.append(
          .number(regency.flatMap(figure.value), format: ReportFormats.banded(figure.format)))
      }
      return cells
    }
    sheet.addTable(columns: columns, rows: rows, startColumn: blockColumn)
    if previous == nil {
      sheet.addNote(labels.noPreviousPeriod, across: context.scope.isDistrict ? 6 : 5)
      sheet.skipRows()
    }
  }

  /// The change `now - before` as a formula over the two cells left of it.
  private static func changeCell(
    _ now: Double?, _ before: Double?, row: Int, format: CellFormat
  ) -> ReportCell {
    guard let now, let before else { return .number(nil, format: format) }
    let current = CellReference(row: row, column: blockColumn + 1)
    let previous = current.offset(columns: 1)
    return ReportCell(
      .formula("\(current.a1)-\(previous.a1)", cached: .number(now - before)), format: format)
  }

  /// The relative change `now / before - 1` as a formula; empty when `before` is 0.
  private static func relativeChangeCell(_ now: Double?, _ before: Double?, row: Int) -> ReportCell
  {
    guard let now, let before, before != 0 else {
      return .number(nil, format: ReportFormats.signedShare)
    }
    let current = CellReference(row: row, column: blockColumn + 1)
    let previous = current.offset(columns: 1)
    return ReportCell(
      .formula("\(current.a1)/\(previous.a1)-1", cached: .number(now / before - 1)),
      format: ReportFormats.signedShare)
  }
}

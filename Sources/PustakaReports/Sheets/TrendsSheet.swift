import PustakaCore
import XLSXWriter

/// The trends sheet (*Tren*): the scope's last 12 months (as many as the data has) of
/// visitors, loans, new members, activities, money and, when the engine computed it, the mean
/// KPI, with their changes and line charts.
///
/// A regency workbook adds the mean KPI per month of every district. A district workbook adds
/// the district's and the regency's monthly means per library side by side (never the
/// regency's totals, which dwarf a district's) and the regency's changes, and draws the
/// regency's mean KPI next to the district's.
package enum TrendsSheet {
  /// Builds the sheet named `context.labels.trendsSheet`.
  package static func build(_ context: ReportContext) -> ReportSheet {
    let labels = context.labels.trends
    var sheet = ReportSheet(name: context.labels.trendsSheet)
    DetailSheets.setWidths(widths(context), on: &sheet)
    DetailSheets.addTop(
      title: labels.title, note: nil, columns: columnCount, on: &sheet, context: context)
    guard let group = context.scopeStatistics, let first = group.series.firstRecordedIndex else {
      DetailSheets.addWideNote(labels.noData, columns: columnCount, on: &sheet)
      DetailSheets.finish(&sheet, context: context)
      return sheet
    }
    let regency = context.scope.isDistrict ? context.regencyStatistics : nil
    let showsKPI = !group.monthlyKPI.isEmpty
    // Charts first: they tell the story on screen, and at the top of the sheet they sit where
    // every program starts its first printed page.
    let anchors = DetailSheets.reserveCharts(
      Array(repeating: chartSize, count: chartCount(showsKPI: showsKPI)),
      on: &sheet, perRow: 2)
    DetailSheets.addWideNote(labels.note, columns: columnCount, on: &sheet)
    sheet.skipRows(1)
    let months = group.series.months.count - first
    DetailSheets.keepTogether(rows: 1 + months, headerPoints: 32, on: &sheet)
    sheet.addHeading("\(labels.monthlyHeading): \(context.placeTitle)")
    addMonthlyTable(
      group, from: first, regencyKPI: regency?.monthlyKPI ?? [], on: &sheet, context: context)
    DetailSheets.keepTogether(rows: 1 + months, headerPoints: 20 + 47, on: &sheet)
    sheet.addHeading("\(labels.changesHeading): \(context.placeTitle)")
    addChanges(group.series, from: first, on: &sheet, context: context)
    if let regency {
      addPerLibraryTable(
        district: group, regency: regency, from: first, on: &sheet, context: context)
      DetailSheets.keepTogether(rows: 1 + months, headerPoints: 20 + 47, on: &sheet)
      sheet.addHeading("\(labels.changesHeading): \(DetailSheets.regencyTitle(context))")
      addChanges(regency.series, from: first, on: &sheet, context: context)
    } else if showsKPI {
      addDistrictKPITables(from: first, months: group.series.months, on: &sheet, context: context)
    }
    let data = addChartData(
      Array(group.series.months[first...]), group: group, regency: regency, from: first, on: &sheet,
      context: context)
    DetailSheets.place(
      charts(
        data, showsKPI: showsKPI, regency: regency != nil,
        largestAllocation: group.series.months[first...].map { Double($0.allocated.amount) }
          .max() ?? 0, on: sheet, context: context),
      at: anchors, on: &sheet)
    DetailSheets.finish(&sheet, context: context)
    return sheet
  }

  /// The columns of the widest table: month, seven counts, two money columns, two KPIs.
  static let columnCount = 11

  /// Column widths: the month, then the figures, together as wide as two charts side by
  /// side; money as wide as the largest amount needs.
  static func widths(_ context: ReportContext) -> [Double] {
    let groups = [context.scopeStatistics, context.regencyStatistics].compactMap { $0 }
    let largest = groups.flatMap(\.series.months).map { Double($0.allocated.amount) }.max() ?? 0
    let money = DetailSheets.moneyWidth(largest: largest, minimum: 16.5)
    return [12, 16.5, 16.5, 16.5, 16.5, 16.5, 16.5, money, money, 16.5, 16.5]
  }

  // MARK: - Monthly figures

  private static func addMonthlyTable(
    _ group: UsageStatistics.Group, from first: Int, regencyKPI: [KPISummary],
    on sheet: inout ReportSheet, context: ReportContext
  ) {
    let labels = context.labels.trends
    let showsKPI = !group.monthlyKPI.isEmpty
    var columns = [
      ColumnDefinition(context.labels.detail.month, format: ReportFormats.month),
      ColumnDefinition(labels.reporting, format: ReportFormats.count),
      ColumnDefinition(labels.visitors, format: ReportFormats.count),
      ColumnDefinition(labels.loans, format: ReportFormats.count),
      ColumnDefinition(labels.newMembers, format: ReportFormats.count),
      ColumnDefinition(labels.activities, format: ReportFormats.count),
      ColumnDefinition(labels.participants, format: ReportFormats.count),
      ColumnDefinition(labels.allocated, format: ReportFormats.money),
      ColumnDefinition(labels.spent, format: ReportFormats.money),
    ]
    if showsKPI { columns.append(ColumnDefinition(labels.meanKPI, format: ReportFormats.score)) }
    if showsKPI && !regencyKPI.isEmpty {
      columns.append(ColumnDefinition(labels.regencyMeanKPI, format: ReportFormats.score))
    }
    let rows = (first..<group.series.months.count).map { index in
      let point = group.series.months[index]
      var row: [ReportCell] = [
        ReportCell(.date(year: point.month.year, month: point.month.month, day: 1)),
        .count(point.reporting), .count(point.visitors), .count(point.loans),
        .count(point.newMembers), .count(point.activities), .count(point.participants),
        .number(Double(point.allocated.amount)), .number(Double(point.spent.amount)),
      ]
      if showsKPI { row.append(.number(group.monthlyKPI[index].mean)) }
      if showsKPI && !regencyKPI.isEmpty { row.append(.number(regencyKPI[index].mean)) }
      return row
    }
    let placement = sheet.addTable(columns: columns, rows: rows)
    DetailSheets.setHeaderHeight(32, of: placement, on: &sheet)
  }

  // MARK: - Changes

  /// The measures whose changes the sheet shows, with their group captions.
  private static func measures(_ labels: TrendsLabels) -> [(String, (MonthlyPoint) -> Double)] {
    [
      (labels.visitors, { Double($0.visitors) }), (labels.loans, { Double($0.loans) }),
      (labels.newMembers, { Double($0.newMembers) }),
      (labels.activities, { Double($0.activities) }),
      (labels.spending, { Double($0.spent.amount) }),
    ]
  }

  private static func addChanges(
    _ series: MonthlySeries, from first: Int, on sheet: inout ReportSheet, context: ReportContext
  ) {
    let labels = context.labels.trends
    let measures = measures(labels)
    DetailSheets.addGroupHeader(
      measures.map { (caption: $0.0, span: 2) }, on: &sheet, firstColumn: 1)
    var columns = [ColumnDefinition(context.labels.detail.month, format: ReportFormats.month)]
    for _ in measures {
      columns.append(ColumnDefinition(labels.versusPreviousMonth, format: ReportFormats.share))
      columns.append(ColumnDefinition(labels.versusLastYear, format: ReportFormats.share))
    }
    // The engine gives changes in percent (25 for +25 %); shares show as fractions.
    let changes = measures.map { measure in
      (series.monthOverMonth(measure.1), series.yearOverYear(measure.1))
    }
    let rows = (first..<series.months.count).map { index in
      let month = series.months[index].month
      return [ReportCell(.date(year: month.year, month: month.month, day: 1))]
        + changes.flatMap { monthly, yearly in
          [
            ReportCell.number(DetailSheets.fraction(monthly[index])),
            .number(DetailSheets.fraction(yearly[index])),
          ]
        }
    }
    let placement = sheet.addTable(columns: columns, rows: rows)
    DetailSheets.setHeaderHeight(47, of: placement, on: &sheet)
    if let first = placement.firstDataRow, let last = placement.lastDataRow {
      let range = CellRange(
        firstRow: first, firstColumn: 1, lastRow: last, lastColumn: columns.count - 1)
      sheet.edit { spec in
        spec.conditionalFormats.append(
          ConditionalFormat(
            range: range,
            rule: .cellValue(.lessThan(0), format: CellFormat(fontColor: ReportPalette.gradeD))))
      }
    }
  }
}

import PustakaCore
import XLSXWriter

extension SummarySheet {
  /// The gap between two charts in pixels.
  static let chartGap = 6

  /// The charts' width: four side by side across the page.
  static var chartWidth: Int { (widthInPixels - 3 * chartGap) / 4 }

  /// Writes the four charts' numbers from the cursor down (below the printed page) and puts
  /// the charts side by side in the row under the tiles.
  static func addCharts(_ context: ReportContext, to sheet: inout ReportSheet) {
    let detail = context.labels.detail
    sheet.addHeading(detail.chartDataHeading)
    sheet.addNote(detail.chartDataNote)
    sheet.skipRows()
    let builders: [(ReportContext, inout ReportSheet) -> ChartSpec?] = [
      kpiChart, monthlyChart, spendingChart, gradesChart,
    ]
    var slot = 0
    for build in builders {
      guard var chart = build(context, &sheet) else { continue }
      chart.anchor = CellReference(row: chartRow, column: 0)
      chart.offset = ChartSpec.Offset(x: slot * (chartWidth + chartGap), y: 0)
      chart.size = ChartSpec.Size(width: chartWidth, height: chartHeight)
      chart.axisFontSize = 8
      chart.titleFontSize = 10
      sheet.edit { $0.charts.append(chart) }
      slot += 1
    }
  }

  /// Writes a chart's numbers as a table at the cursor and returns where they landed.
  static func block(
    _ heading: String, _ columns: [ColumnDefinition], _ rows: [[ReportCell]],
    on sheet: inout ReportSheet
  ) -> TablePlacement? {
    guard !rows.isEmpty else { return nil }
    sheet.addHeading(heading)
    return sheet.addTable(columns: columns, rows: rows)
  }

  /// A chart over a block, anchored provisionally at the block (moved by `addCharts`).
  static func chart(
    _ kind: ChartSpec.Kind, _ title: String, _ series: [ChartSeries], _ block: TablePlacement
  ) -> ChartSpec {
    ChartSpec(kind: kind, title: title, series: series, anchor: block.header.first)
  }

  // MARK: - KPI

  /// The bars of the KPI chart: districts by mean KPI (regency workbook), or the district's
  /// libraries by KPI followed by the district's and the regency's means (district workbook);
  /// each with its colour.
  static func kpiBars(_ context: ReportContext) -> [(name: String, kpi: Double, color: Color)] {
    let rubric = context.rubric
    func color(_ kpi: Double) -> Color {
      rubric.grade(for: kpi).map { ReportPalette.color(of: $0, in: rubric) } ?? ReportPalette.muted
    }
    guard context.scope.isDistrict else {
      let districts = context.districtStatistics.compactMap { group in
        group.kpi.mean.map { (name: group.district ?? "", kpi: $0) }
      }
      return districts.sorted { ($0.kpi, $1.name) > ($1.kpi, $0.name) }.map {
        (name: $0.name, kpi: $0.kpi, color: color($0.kpi))
      }
    }
    var bars = context.reporting.compactMap { score in
      score.kpi.map { (name: score.library.name, kpi: $0, color: color($0)) }
    }
    let labels = context.labels.summary
    for (name, group) in [
      (context.scopeName, context.scopeStatistics),
      (context.regencyName, context.regencyStatistics),
    ] {
      if let mean = group?.kpi.mean {
        bars.append((name: labels.meanOf(name), kpi: mean, color: ReportPalette.headerFill))
      }
    }
    return bars
  }

  private static func kpiChart(_ context: ReportContext, _ sheet: inout ReportSheet)
    -> ChartSpec?
  {
    let labels = context.labels.summary
    let bars = kpiBars(context)
    let isDistrict = context.scope.isDistrict
    let title = isDistrict ? labels.kpiByLibraryTitle : labels.kpiByDistrictTitle
    let categoryCaption = isDistrict ? labels.library : labels.district
    guard
      let block = block(
        title,
        [
          ColumnDefinition(categoryCaption),
          ColumnDefinition(labels.kpi, format: ReportFormats.score),
        ],
        bars.map { [.text($0.name), .number($0.kpi)] }, on: &sheet)
    else { return nil }
    var series = chartSeries(block, context.labels.summarySheet)
    series.pointColors = bars.map(\.color)
    series.showsValueLabels = bars.count <= 12
    series.labelNumberFormat = "0"
    var chart = chart(.bar, title, [series], block)
    chart.valueAxisTitle = labels.kpiAxis
    chart.valueAxisMinimum = 0
    chart.valueAxisMaximum = 100
    chart.reversesCategories = true
    chart.labelsEveryCategory = true
    chart.legend = .none
    chart.gap = 30
    return chart
  }

  /// The series drawing a block's column `column` (1 is the first after the categories),
  /// named by its caption.
  static func chartSeries(_ block: TablePlacement, _ sheetName: String, column: Int = 1)
    -> ChartSeries
  {
    guard let values = block.dataColumn(column) else {
      preconditionFailure("a chart section always has rows")
    }
    var series = ChartSeries(
      name: nil, sheet: sheetName, categories: block.dataColumn(0), values: values)
    series.nameCell = block.headerCell(column)
    return series
  }

  // MARK: - Months

  private static func monthlyChart(_ context: ReportContext, _ sheet: inout ReportSheet)
    -> ChartSpec?
  {
    guard let months = context.scopeStatistics?.series.months else { return nil }
    let labels = context.labels.summary
    // A month in which no library reported has no figures: a gap, not a zero. Months are
    // written as text: LibreOffice draws date categories as serial numbers.
    let rows: [[ReportCell]] = months.map { point in
      let reported = point.reporting > 0
      return [
        .text(context.labels.detail.monthLabel(point.month)),
        .number(reported ? Double(point.visitors) : nil),
        .number(reported ? Double(point.loans) : nil),
      ]
    }
    let columns = [
      ColumnDefinition(labels.month),
      ColumnDefinition(labels.visitors, format: ReportFormats.count),
      ColumnDefinition(labels.loans, format: ReportFormats.count),
    ]
    guard let block = block(labels.monthlyTitle, columns, rows, on: &sheet) else { return nil }
    var visitors = chartSeries(block, context.labels.summarySheet, column: 1)
    visitors.color = ReportPalette.visitors
    visitors.showsMarkers = true
    var loans = chartSeries(block, context.labels.summarySheet, column: 2)
    loans.color = ReportPalette.loans
    loans.showsMarkers = true
    var chart = chart(.line, labels.monthlyTitle, [visitors, loans], block)
    chart.valueAxisNumberFormat = "#,##0"
    chart.valueAxisMinimum = 0
    chart.legend = .bottom
    return chart
  }

  // MARK: - Spending

  private static func spendingChart(_ context: ReportContext, _ sheet: inout ReportSheet)
    -> ChartSpec?
  {
    let labels = context.labels.summary
    guard let budget = context.scopeStatistics?.figures.budget else { return nil }
    let total = Double(budget.spent.amount)
    let categories = BudgetCategory.allCases.filter { budget.spent($0).amount > 0 }
    guard total > 0 else { return nil }
    let rows: [[ReportCell]] = categories.map { category in
      let spent = Double(budget.spent(category).amount)
      return [.text(labels.name(of: category)), .number(spent), .number(spent / total)]
    }
    let columns = [
      ColumnDefinition(labels.category),
      ColumnDefinition(labels.spent, format: ReportFormats.money),
      ColumnDefinition(labels.share, format: ReportFormats.share),
    ]
    guard let block = block(labels.spendingTitle, columns, rows, on: &sheet) else {
      return nil
    }
    var series = chartSeries(block, context.labels.summarySheet)
    series.pointColors = categories.map { ReportPalette.color(of: $0) }
    series.showsPercentageLabels = true
    var chart = chart(.doughnut, labels.spendingTitle, [series], block)
    chart.holeSize = 50
    chart.legend = .bottom
    return chart
  }

  // MARK: - Grades

  private static func gradesChart(_ context: ReportContext, _ sheet: inout ReportSheet)
    -> ChartSpec?
  {
    let labels = context.labels.summary
    let counts = GradeCounts(context.scores, rubric: context.rubric)
    let columns = [
      ColumnDefinition(labels.grade),
      ColumnDefinition(context.scopeName, format: ReportFormats.count),
    ]
    let rows: [[ReportCell]] = counts.entries.map { entry in
      [.text(context.gradeText(entry.grade)), .count(entry.count)]
    }
    guard let block = block(labels.gradesTitle, columns, rows, on: &sheet) else { return nil }
    var series = chartSeries(block, context.labels.summarySheet)
    series.pointColors = counts.entries.map {
      ReportPalette.color(of: $0.grade, in: context.rubric)
    }
    series.showsValueLabels = true
    series.labelNumberFormat = "#,##0"
    var chart = chart(.column, labels.gradesTitle, [series], block)
    chart.valueAxisTitle = labels.libraries
    chart.valueAxisNumberFormat = "#,##0"
    chart.valueAxisMinimum = 0
    chart.legend = .none
    chart.gap = 60
    return chart
  }
}

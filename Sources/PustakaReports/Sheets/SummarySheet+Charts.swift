import PustakaCore
import XLSXWriter

extension SummarySheet {
  /// The height of a bar chart with `categories` bars: about 22 pixels a bar plus room for
  /// the title and axis, at least 360.
  static func barChartHeight(categories: Int) -> Int {
    max(360, 22 * categories + 110)
  }

  /// Adds the four charts, each beside its data block and kept on one printed page.
  static func addCharts(_ context: ReportContext, to sheet: inout ReportSheet, flow: PageFlow) {
    addKPIChart(context, to: &sheet, flow: flow)
    addMonthlyChart(context, to: &sheet, flow: flow)
    addSpendingChart(context, to: &sheet, flow: flow)
    addGradesChart(context, to: &sheet, flow: flow)
  }

  /// A section at the summary's block and chart columns.
  static func section(
    _ heading: String, _ columns: [ColumnDefinition], _ rows: [[ReportCell]], height: Int = 360
  ) -> ChartSection {
    ChartSection(
      heading: heading, columns: columns, rows: rows, blockColumn: blockColumn,
      chartColumn: chartColumn, chartSize: ChartSpec.Size(width: chartWidth, height: height))
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

  private static func addKPIChart(
    _ context: ReportContext, to sheet: inout ReportSheet, flow: PageFlow
  ) {
    let labels = context.labels.summary
    let bars = kpiBars(context)
    let isDistrict = context.scope.isDistrict
    let title = isDistrict ? labels.kpiByLibraryTitle : labels.kpiByDistrictTitle
    let categoryCaption = isDistrict ? labels.library : labels.district
    let section = section(
      title,
      [
        ColumnDefinition(categoryCaption),
        ColumnDefinition(labels.kpi, format: ReportFormats.score),
      ],
      bars.map { [.text($0.name), .number($0.kpi)] },
      height: barChartHeight(categories: bars.count))
    sheet.addChartSection(section, flow: flow) { block, anchor in
      var series = chartSeries(block, context.labels.summarySheet)
      series.pointColors = bars.map(\.color)
      series.showsValueLabels = true
      series.labelNumberFormat = "0.0"
      var chart = ChartSpec(kind: .bar, title: title, series: [series], anchor: anchor)
      chart.categoryAxisTitle = categoryCaption
      chart.valueAxisTitle = labels.kpiAxis
      chart.valueAxisMinimum = 0
      chart.valueAxisMaximum = 100
      chart.reversesCategories = true
      chart.legend = .none
      chart.gap = 40
      return chart
    }
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

  private static func addMonthlyChart(
    _ context: ReportContext, to sheet: inout ReportSheet, flow: PageFlow
  ) {
    guard let months = context.scopeStatistics?.series.months else { return }
    let labels = context.labels.summary
    // A month in which no library reported has no figures: a gap, not a zero. Months are
    // written as text: LibreOffice draws date categories as serial numbers.
    let rows: [[ReportCell]] = months.map { point in
      let reported = point.reporting > 0
      return [
        .text(point.month.description),
        .number(reported ? Double(point.visitors) : nil),
        .number(reported ? Double(point.loans) : nil),
      ]
    }
    let columns = [
      ColumnDefinition(labels.month),
      ColumnDefinition(labels.visitors, format: ReportFormats.count),
      ColumnDefinition(labels.loans, format: ReportFormats.count),
    ]
    let section = section(labels.monthlyTitle, columns, rows)
    sheet.addChartSection(section, flow: flow) { block, anchor in
      var visitors = chartSeries(block, context.labels.summarySheet, column: 1)
      visitors.color = ReportPalette.visitors
      visitors.showsMarkers = true
      var loans = chartSeries(block, context.labels.summarySheet, column: 2)
      loans.color = ReportPalette.loans
      loans.showsMarkers = true
      var chart = ChartSpec(
        kind: .line, title: labels.monthlyTitle, series: [visitors, loans], anchor: anchor)
      chart.categoryAxisTitle = labels.month
      chart.valueAxisTitle = labels.countAxis
      chart.valueAxisNumberFormat = "#,##0"
      chart.valueAxisMinimum = 0
      chart.legend = .bottom
      return chart
    }
  }

  // MARK: - Spending

  private static func addSpendingChart(
    _ context: ReportContext, to sheet: inout ReportSheet, flow: PageFlow
  ) {
    let labels = context.labels.summary
    guard let budget = context.scopeStatistics?.figures.budget else { return }
    let total = Double(budget.spent.amount)
    let categories = BudgetCategory.allCases.filter { budget.spent($0).amount > 0 }
    guard total > 0 else {
      sheet.addHeading(labels.spendingTitle)
      sheet.addNote(labels.noSpending, across: 5)
      sheet.skipRows()
      return
    }
    let rows: [[ReportCell]] = categories.map { category in
      let spent = Double(budget.spent(category).amount)
      return [.text(labels.name(of: category)), .number(spent), .number(spent / total)]
    }
    let columns = [
      ColumnDefinition(labels.category),
      ColumnDefinition(labels.spent, format: ReportFormats.money),
      ColumnDefinition(labels.share, format: ReportFormats.share),
    ]
    sheet.addChartSection(section(labels.spendingTitle, columns, rows), flow: flow) {
      block, anchor in
      var series = chartSeries(block, context.labels.summarySheet)
      series.pointColors = categories.map { ReportPalette.color(of: $0) }
      series.showsPercentageLabels = true
      var chart = ChartSpec(
        kind: .doughnut, title: labels.spendingTitle, series: [series], anchor: anchor)
      chart.holeSize = 50
      chart.legend = .right
      return chart
    }
  }

  // MARK: - Grades

  private static func addGradesChart(
    _ context: ReportContext, to sheet: inout ReportSheet, flow: PageFlow
  ) {
    let labels = context.labels.summary
    let counts = GradeCounts(context.scores, rubric: context.rubric)
    var columns = [
      ColumnDefinition(labels.grade),
      ColumnDefinition(context.scopeName, format: ReportFormats.count),
    ]
    var regencyCounts: [Int] = []
    if context.scope.isDistrict {
      columns.append(
        ColumnDefinition(context.regencyName, format: ReportFormats.banded(ReportFormats.count)))
      regencyCounts = GradeCounts(context.regencyContext.scores, rubric: context.rubric).entries
        .map(\.count)
    }
    let rows: [[ReportCell]] = counts.entries.enumerated().map { index, entry in
      var row: [ReportCell] = [.text(context.gradeText(entry.grade)), .count(entry.count)]
      if index < regencyCounts.count { row.append(.count(regencyCounts[index])) }
      return row
    }
    sheet.addChartSection(section(labels.gradesTitle, columns, rows), flow: flow) {
      block, anchor in
      var series = chartSeries(block, context.labels.summarySheet)
      series.pointColors = counts.entries.map {
        ReportPalette.color(of: $0.grade, in: context.rubric)
      }
      series.showsValueLabels = true
      series.labelNumberFormat = "#,##0"
      var chart = ChartSpec(
        kind: .column, title: labels.gradesTitle, series: [series], anchor: anchor)
      chart.categoryAxisTitle = labels.grade
      chart.valueAxisTitle = labels.libraries
      chart.valueAxisNumberFormat = "#,##0"
      chart.valueAxisMinimum = 0
      chart.legend = .none
      chart.gap = 60
      return chart
    }
  }
}

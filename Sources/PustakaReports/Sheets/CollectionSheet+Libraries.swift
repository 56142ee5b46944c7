import PustakaCore
import XLSXWriter

extension CollectionSheet {
  /// Every library of the scope by district and name: stock, flows, copies per person,
  /// turnover, the titles it lacks for the full points, village and district.
  ///
  /// One Excel table with the library ids, the sheet's last block; a regency's list runs over
  /// several printed pages, each starting with its header (`DetailSheets.addPagedTable`); a
  /// district's few libraries also feed the copies chart.
  ///
  /// A library without a collection snapshot shows empty stock cells (missing, not zero); the
  /// titles gap has a data bar, and a library that has reached the threshold shows its 0 in
  /// green.
  static func addLibraryTable(on sheet: inout ReportSheet, context: ReportContext)
    -> TablePlacement
  {
    let labels = context.labels.collection
    let target = titlesTarget(context)
    let placement = DetailSheets.addLibraryList(
      heading: "\(labels.byLibrary): \(context.placeTitle)",
      columns: libraryColumns(target: target, context: context), headerPoints: 45,
      tableName: "CollectionByLibrary", on: &sheet, context: context)
    if target != nil, let gap = placement.dataColumn(7) {
      sheet.edit { spec in
        spec.conditionalFormats += [
          ConditionalFormat(range: gap, rule: .dataBar(color: ReportPalette.development)),
          ConditionalFormat(
            range: gap,
            rule: .cellValue(
              .equalTo(0), format: CellFormat(bold: true, fontColor: ReportPalette.gradeA))),
        ]
      }
    }
    return placement
  }

  /// The list's figures: stock, flows, copies per person, turnover and, when the rubric has a
  /// titles threshold, the titles the library lacks for its full points.
  private static func libraryColumns(
    target: (value: Double, threshold: String, points: String, label: String)?,
    context: ReportContext
  ) -> [DetailSheets.LibraryListColumn] {
    typealias Column = DetailSheets.LibraryListColumn
    let labels = context.labels.collection
    let count = ReportFormats.count
    /// The stock and the flows of a library that reported them (missing, not zero, else).
    func stock(_ row: DetailSheets.LibraryListRow) -> CollectionTotals? {
      row.figures.flatMap { $0.stock.rows > 0 ? $0.stock : nil }
    }
    func flows(_ row: DetailSheets.LibraryListRow) -> CollectionTotals? {
      row.figures.flatMap { $0.flows.rows > 0 ? $0.flows : nil }
    }
    var columns = [
      Column(labels.titles, format: count) { .count(stock($0)?.titles) },
      Column(labels.copies, format: count) { .count(stock($0)?.copies) },
      Column(labels.acquired, format: count) { .count(flows($0)?.acquired) },
      Column(labels.weeded, format: count) { .count(flows($0)?.weeded) },
      Column(labels.copiesPerCapita, format: ReportFormats.ratio) {
        .number(stock($0) == nil ? nil : $0.figures?.copiesPerCapita)
      },
      Column(labels.turnover, format: ReportFormats.ratio) { .number($0.figures?.turnover) },
    ]
    if let target {
      let rule = context.rubric.indicator(.titles)?.rule
      columns.append(
        Column(labels.titlesGap(target.points, target.threshold), format: count) { row in
          .number(stock(row).flatMap { rule?.gapToFullPoints(from: Double($0.titles)) })
        })
    }
    return columns
  }

  /// The charts: titles and copies by category, and copies per person by district (by
  /// library in a district workbook).
  static func charts(
    categories: TablePlacement, copies: (table: TablePlacement, rows: Int), on sheet: ReportSheet,
    context: ReportContext
  ) -> [ChartSpec] {
    let labels = context.labels.collection
    let words = context.labels.detail
    let count = CollectionCategory.allCases.count
    var titles = DetailSheets.series(
      on: sheet, categories, category: 0, value: 1, rows: count,
      color: ReportPalette.development)
    var stock = DetailSheets.series(
      on: sheet, categories, category: 0, value: 2, rows: count,
      color: ReportPalette.categoryColors[4])
    for index in [0, 1] {
      var series = index == 0 ? titles : stock
      series?.showsValueLabels = true
      series?.labelNumberFormat = "#,##0"
      if index == 0 { titles = series } else { stock = series }
    }
    var perPerson = DetailSheets.series(
      on: sheet, copies.table, category: 0, value: 5, rows: copies.rows,
      color: ReportPalette.development)
    perPerson?.showsValueLabels = true
    perPerson?.labelNumberFormat = "0.00"
    var perPersonChart = DetailSheets.chart(
      .bar, title: labels.copiesChart,
      categoryAxis: context.scope.isDistrict ? words.library : words.district,
      valueAxis: labels.copiesPerCapita, series: [perPerson].compactMap { $0 },
      size: ChartSpec.Size(
        width: 640, height: DetailSheets.barChartHeight(categories: copies.rows)))
    perPersonChart.valueAxisNumberFormat = "0.00"
    perPersonChart.valueAxisMinimum = 0
    var byCategory = DetailSheets.chart(
      .column, title: labels.categoryChart, categoryAxis: labels.category,
      valueAxis: words.countAxis, series: [titles, stock].compactMap { $0 })
    byCategory.valueAxisNumberFormat = "#,##0"
    return [byCategory, perPersonChart]
  }
}

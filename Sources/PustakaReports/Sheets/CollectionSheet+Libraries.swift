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
    let words = context.labels.detail
    let target = titlesTarget(context)
    var columns = [
      ColumnDefinition(words.library),
      ColumnDefinition(labels.titles, format: ReportFormats.count),
      ColumnDefinition(labels.copies, format: ReportFormats.count),
      ColumnDefinition(labels.acquired, format: ReportFormats.count),
      ColumnDefinition(labels.weeded, format: ReportFormats.count),
      ColumnDefinition(labels.copiesPerCapita, format: ReportFormats.ratio),
      ColumnDefinition(labels.turnover, format: ReportFormats.ratio),
    ]
    if let target {
      columns.append(
        ColumnDefinition(
          labels.titlesGap(target.points, target.threshold), format: ReportFormats.count))
    }
    columns += [
      ColumnDefinition(words.village, format: DetailSheets.indentedText),
      ColumnDefinition(words.district, format: DetailSheets.indentedText),
      ColumnDefinition(words.libraryID, format: DetailSheets.indentedText),
    ]
    let statistics = context.libraryStatistics
    let rubric = context.rubric
    let rows = DetailSheets.librariesByDistrict(context).map { score in
      let figures = statistics[score.library.id]?.figures
      let place = DetailSheets.place(of: score.library, in: context)
      let stock = figures.flatMap { $0.stock.rows > 0 ? $0.stock : nil }
      let flows = figures.flatMap { $0.flows.rows > 0 ? $0.flows : nil }
      var cells: [ReportCell] = [
        .text(score.library.name), .count(stock?.titles), .count(stock?.copies),
        .count(flows?.acquired), .count(flows?.weeded),
        .number(stock == nil ? nil : figures?.copiesPerCapita), .number(figures?.turnover),
      ]
      if target != nil {
        let gap = stock.flatMap { stock in
          rubric.indicator(.titles)?.rule.gapToFullPoints(from: Double(stock.titles))
        }
        cells.append(.number(gap))
      }
      return cells + [
        .text(place.village), .text(place.district), .text(score.library.id.rawValue),
      ]
    }
    DetailSheets.keepTogether(rows: min(rows.count, 20) + 1, headerPoints: 45, on: &sheet)
    sheet.addHeading("\(labels.byLibrary): \(context.placeTitle)")
    let placement = DetailSheets.addPagedTable(
      columns: columns, rows: rows, headerPoints: 45, tableName: "CollectionByLibrary",
      on: &sheet)
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

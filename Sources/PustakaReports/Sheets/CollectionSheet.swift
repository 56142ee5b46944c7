import PustakaCore
import XLSXWriter

/// The collection sheet (*Koleksi*): titles and copies by category, acquisitions and weeding,
/// copies per person and turnover per district and per library, and how many titles each
/// library lacks for the rubric's full points on collection titles.
///
/// A district workbook puts the district's and the regency's titles and copies per library
/// beside the district's totals, its and the regency's figures per library under the
/// district's row (never the regency's totals), and charts the district's libraries.
package enum CollectionSheet {
  /// Builds the sheet named `context.labels.collectionSheet`.
  package static func build(_ context: ReportContext) -> ReportSheet {
    let labels = context.labels.collection
    let widths = widths(context)
    var sheet = ReportSheet(name: context.labels.collectionSheet)
    DetailSheets.setWidths(widths, on: &sheet)
    DetailSheets.addTop(
      title: labels.title, note: nil, columns: widths.count, on: &sheet, context: context)
    guard let scope = context.scopeStatistics else {
      DetailSheets.finish(&sheet, context: context)
      return sheet
    }
    let bars = context.scope.isDistrict ? context.scores.count : context.districtStatistics.count
    let anchors = DetailSheets.reserveCharts(
      [
        DetailSheets.chartSize,
        ChartSpec.Size(width: 640, height: DetailSheets.barChartHeight(categories: bars)),
      ], on: &sheet, perRow: 2)
    var note = labels.note
    if let target = titlesTarget(context) {
      note += " " + labels.titlesGapNote(target.points, target.threshold, target.label)
    }
    DetailSheets.addWideNote(note, columns: widths.count, on: &sheet)
    sheet.skipRows(1)
    let categories = addCategoryTable(scope.figures, on: &sheet, context: context)
    let districts = addDistrictTable(on: &sheet, context: context)
    let libraries = addLibraryTable(on: &sheet, context: context)
    DetailSheets.place(
      charts(
        categories: categories,
        copies: context.scope.isDistrict ? (libraries, bars) : (districts, bars), on: sheet,
        context: context),
      at: anchors, on: &sheet)
    DetailSheets.finish(&sheet, context: context)
    return sheet
  }

  /// The rubric's threshold for the full points on collection titles, as text, with the
  /// points and the indicator's label; `nil` when the rubric does not score titles by a
  /// minimum.
  static func titlesTarget(_ context: ReportContext) -> (
    value: Double, threshold: String, points: String, label: String
  )? {
    guard let indicator = context.rubric.indicator(.titles), indicator.kind == .higher,
      let threshold = indicator.rule.fullPointsThreshold
    else { return nil }
    return (
      threshold, context.labels.detail.number(threshold), String(indicator.rule.maximumPoints),
      context.text(indicator.label)
    )
  }

  /// Column widths: names; the counts and ratios; village and district of the library table.
  static func widths(_ context: ReportContext) -> [Double] {
    let places = context.scores.map { DetailSheets.place(of: $0.library, in: context) }
    let names =
      context.scores.map(\.library.name) + context.districtStatistics.compactMap(\.district)
      + [context.labels.detail.perLibraryRow(context.regencyName)]
    return [DetailSheets.textWidth(names, minimum: 24, maximum: 40)]
      + Array(repeating: 14, count: 7) + [
        DetailSheets.textWidth(places.map(\.village), minimum: 14, maximum: 24),
        DetailSheets.textWidth(places.map(\.district), minimum: 14, maximum: 20),
        DetailSheets.idWidth(context),
      ]
  }

  // MARK: - By category

  private static func addCategoryTable(
    _ figures: UsageFigures, on sheet: inout ReportSheet, context: ReportContext
  ) -> TablePlacement {
    let labels = context.labels.collection
    let words = context.labels.detail
    // A district's titles and copies per library beside the regency's (sums over libraries).
    var means =
      context.scope.isDistrict
      ? [context.scopeStatistics?.figures, context.regencyStatistics?.figures].compactMap { $0 }
      : []
    var columns = [
      ColumnDefinition(labels.category),
      ColumnDefinition(labels.titles, format: ReportFormats.count),
      ColumnDefinition(labels.copies, format: ReportFormats.count),
      ColumnDefinition(labels.acquired, format: ReportFormats.count),
      ColumnDefinition(labels.weeded, format: ReportFormats.count),
    ]
    if means.count == 2 {
      for measure in [labels.titles, labels.copies] {
        for place in [context.scopeName, context.regencyName] {
          columns.append(
            ColumnDefinition(words.perLibraryColumn(measure, place), format: ReportFormats.ratio))
        }
      }
    } else {
      means.removeAll()
    }
    let categories = CollectionCategory.allCases
    func values(_ category: CollectionCategory) -> [Double] {
      let lane = categories.firstIndex(of: category) ?? 0
      var row = [
        figures.stock.titlesByCategory[lane], figures.stock.copiesByCategory[lane],
        figures.flows.acquiredByCategory[lane], figures.flows.weededByCategory[lane],
      ].map(Double.init)
      for total in [\CollectionTotals.titlesByCategory, \CollectionTotals.copiesByCategory] {
        row += means.map { $0.perLibrary(Double($0.stock[keyPath: total][lane])) ?? 0 }
      }
      return row
    }
    let table = categories.map(values)
    let headerPoints = means.isEmpty ? 32.0 : 45
    DetailSheets.keepTogether(rows: categories.count + 2, headerPoints: headerPoints, on: &sheet)
    sheet.addHeading("\(labels.byCategory): \(context.placeTitle)")
    let first = sheet.nextRow + 1
    var rows = zip(categories, table).map { category, values in
      [ReportCell.text(labels.name(category))] + values.map { ReportCell.number($0) }
    }
    let totals = (0..<(columns.count - 1)).map { offset in
      DetailSheets.sum(
        CellRange(
          firstRow: first, firstColumn: offset + 1, lastRow: first + categories.count - 1,
          lastColumn: offset + 1),
        total: table.reduce(0) { $0 + $1[offset] }, format: columns[offset + 1].format)
    }
    rows.append(
      DetailSheets.bandedRow(
        [.text(context.labels.detail.total)] + totals, columns: columns))
    let placement = sheet.addTable(columns: columns, rows: rows)
    DetailSheets.setHeaderHeight(headerPoints, of: placement, on: &sheet)
    return placement
  }

  // MARK: - By district

  private static func addDistrictTable(on sheet: inout ReportSheet, context: ReportContext)
    -> TablePlacement
  {
    let labels = context.labels.collection
    let words = context.labels.detail
    let columns = [
      ColumnDefinition(words.district),
      ColumnDefinition(labels.titles, format: ReportFormats.count),
      ColumnDefinition(labels.copies, format: ReportFormats.count),
      ColumnDefinition(labels.acquired, format: ReportFormats.count),
      ColumnDefinition(labels.weeded, format: ReportFormats.count),
      ColumnDefinition(labels.copiesPerCapita, format: ReportFormats.ratio),
      ColumnDefinition(labels.turnover, format: ReportFormats.ratio),
      ColumnDefinition(labels.titlesPerCapita, format: ReportFormats.ratio),
      ColumnDefinition(words.libraries, format: ReportFormats.count),
    ]
    func row(_ name: String, _ figures: UsageFigures) -> [ReportCell] {
      [
        .text(name), .count(figures.stock.titles), .count(figures.stock.copies),
        .count(figures.flows.acquired), .count(figures.flows.weeded),
        .number(figures.copiesPerCapita), .number(figures.turnover),
        .number(figures.titlesPerCapita), .count(figures.libraries),
      ]
    }
    var rows = context.districtStatistics.map { row($0.district ?? "", $0.figures) }
    if context.scope.isDistrict {
      // Titles, copies, acquired and weeded are sums over the libraries; the ratios compare.
      rows += DetailSheets.perLibraryRows(
        context, columns: columns, additive: [1, 2, 3, 4], blank: [8], row: row)
    } else if let regency = context.regencyStatistics?.figures {
      rows.append(
        DetailSheets.bandedRow(row(DetailSheets.regencyTitle(context), regency), columns: columns))
    }
    DetailSheets.keepTogether(rows: rows.count + 1, headerPoints: 32, on: &sheet)
    sheet.addHeading("\(labels.byDistrict): \(context.placeTitle)")
    let placement = sheet.addTable(columns: columns, rows: rows)
    DetailSheets.setHeaderHeight(32, of: placement, on: &sheet)
    return placement
  }
}

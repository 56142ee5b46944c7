import PustakaCore
import XLSXWriter

/// The activities sheet (*Kegiatan*): activities and participants by type and by district,
/// with column charts by type and a stacked chart of the types per district.
///
/// A district workbook puts the district's and the regency's activities and participants per
/// library beside the district's totals, its and the regency's figures per library under the
/// district's row (never the regency's totals), and breaks the district down by library.
package enum ActivitiesSheet {
  /// Builds the sheet named `context.labels.activitiesSheet`.
  package static func build(_ context: ReportContext) -> ReportSheet {
    let labels = context.labels.activities
    let widths = widths(context)
    var sheet = ReportSheet(name: context.labels.activitiesSheet)
    DetailSheets.setWidths(widths, on: &sheet)
    DetailSheets.addTop(
      title: labels.title, note: nil, columns: widths.count, on: &sheet, context: context)
    guard let scope = context.scopeStatistics else {
      DetailSheets.finish(&sheet, context: context)
      return sheet
    }
    let breakdown = DetailSheets.breakdown(context)
    let sizes = chartSizes(places: breakdown.count)
    let anchors = reserveCharts(sizes, on: &sheet)
    DetailSheets.addWideNote(labels.note, columns: widths.count, on: &sheet)
    sheet.skipRows(1)
    let types = addTypeTable(scope.figures, on: &sheet, context: context)
    let districts = addBreakdownTable(
      heading: labels.byDistrict, caption: context.labels.detail.district,
      rows: context.districtStatistics.map {
        DetailSheets.BreakdownEntry(name: $0.district ?? "", libraryID: nil, figures: $0.figures)
      },
      comparison: true, on: &sheet, context: context)
    var stacked = (table: districts, rows: context.districtStatistics.count)
    if context.scope.isDistrict {
      let libraries = addBreakdownTable(
        heading: labels.byLibrary, caption: context.labels.detail.library, rows: breakdown,
        comparison: false, on: &sheet, context: context)
      stacked = (libraries, breakdown.count)
    }
    DetailSheets.place(
      charts(types: types, stacked: stacked, sizes: sizes, on: sheet, context: context),
      at: anchors, on: &sheet)
    DetailSheets.finish(&sheet, context: context)
    return sheet
  }

  /// The charts' sizes: the stacked bars of the places, as tall as their bars need, and the
  /// two column charts by type, one above the other beside it and together as tall.
  static func chartSizes(places: Int) -> (byType: ChartSpec.Size, stacked: ChartSpec.Size) {
    let width = DetailSheets.chartSize.width
    let stacked = DetailSheets.barChartHeight(categories: places)
    // The gap between the two: the 12 pixels and the rounding `DetailSheets.rows(for:)` adds.
    let byType = max(240, (stacked - 24) / 2)
    return (
      ChartSpec.Size(width: width, height: byType),
      ChartSpec.Size(width: width, height: max(stacked, byType * 2 + 24))
    )
  }

  /// Reserves the charts' room at the top of the sheet: the stacked bars on the left, the
  /// chart of activities by type on the right and that of participants under it, so that all
  /// three print on the first page with the tables on the next.
  ///
  /// - Returns: The anchors in the order `charts` returns the charts: activities,
  ///   participants, stacked.
  private static func reserveCharts(
    _ sizes: (byType: ChartSpec.Size, stacked: ChartSpec.Size), on sheet: inout ReportSheet
  ) -> [CellReference] {
    let right = ChartSpec.Size(width: sizes.byType.width, height: sizes.stacked.height)
    let anchors = DetailSheets.reserveCharts([sizes.stacked, right], on: &sheet, perRow: 2)
    guard anchors.count == 2 else { return anchors }
    let below = CellReference(
      row: anchors[1].row + DetailSheets.rows(for: sizes.byType.height),
      column: anchors[1].column)
    return [anchors[1], below, anchors[0]]
  }

  /// Column widths: names, then counts (the types' captions wrap over two lines).
  static func widths(_ context: ReportContext) -> [Double] {
    let names =
      context.scores.map(\.library.name) + context.districtStatistics.compactMap(\.district)
      + [context.labels.detail.perLibraryRow(context.regencyName)]
    return [DetailSheets.textWidth(names, minimum: 24, maximum: 40)]
      + Array(repeating: 13, count: 9) + [15]
      + (context.scope.isDistrict ? [DetailSheets.idWidth(context)] : [])
  }

  // MARK: - By type

  private static func addTypeTable(
    _ figures: UsageFigures, on sheet: inout ReportSheet, context: ReportContext
  ) -> TablePlacement {
    let labels = context.labels.activities
    let words = context.labels.detail
    // A district's activities and participants per library beside the regency's.
    let groups = [context.scopeStatistics?.figures, context.regencyStatistics?.figures]
    let means = context.scope.isDistrict ? groups.compactMap { $0 } : []
    let showsMeans = means.count == 2
    var columns = [
      ColumnDefinition(labels.type),
      ColumnDefinition(labels.activities, format: ReportFormats.count),
      ColumnDefinition(labels.participants, format: ReportFormats.count),
    ]
    if showsMeans {
      for measure in [labels.activities, labels.participants] {
        for place in [context.scopeName, context.regencyName] {
          columns.append(
            ColumnDefinition(words.perLibraryColumn(measure, place), format: ReportFormats.ratio))
        }
      }
    }
    let types = ActivityType.allCases
    let table = types.map { type -> [Double] in
      var row = [figures.activities.count(type), figures.activities.participants(type)].map(
        Double.init)
      if showsMeans {
        row += means.map { $0.perLibrary($0.activities.count(type)) ?? 0 }
        row += means.map { $0.perLibrary($0.activities.participants(type)) ?? 0 }
      }
      return row
    }
    let headerPoints = showsMeans ? 45.0 : 32
    DetailSheets.keepTogether(rows: types.count + 2, headerPoints: headerPoints, on: &sheet)
    sheet.addHeading("\(labels.byType): \(context.placeTitle)")
    let first = sheet.nextRow + 1
    var rows = zip(types, table).map { type, values in
      [ReportCell.text(labels.name(type))] + values.map { ReportCell.number($0) }
    }
    let totals = (0..<(columns.count - 1)).map { offset in
      DetailSheets.sum(
        CellRange(
          firstRow: first, firstColumn: offset + 1, lastRow: first + types.count - 1,
          lastColumn: offset + 1),
        total: table.reduce(0) { $0 + $1[offset] }, format: columns[offset + 1].format)
    }
    rows.append(
      DetailSheets.bandedRow([.text(context.labels.detail.total)] + totals, columns: columns))
    let placement = sheet.addTable(columns: columns, rows: rows)
    DetailSheets.setHeaderHeight(headerPoints, of: placement, on: &sheet)
    return placement
  }

  // MARK: - By district or library

  /// A table of activities by type for each of `rows`, with all activities, participants and
  /// participants per 1,000 people a month; with `comparison`, the regency's row below.
  ///
  /// Libraries end with their id, and their table is an Excel table.
  private static func addBreakdownTable(
    heading: String, caption: String, rows entries: [DetailSheets.BreakdownEntry],
    comparison: Bool, on sheet: inout ReportSheet, context: ReportContext
  ) -> TablePlacement {
    let labels = context.labels.activities
    let words = context.labels.detail
    let types = ActivityType.allCases
    var columns =
      [ColumnDefinition(caption), ColumnDefinition(words.libraries, format: ReportFormats.count)]
      + types.map { ColumnDefinition(labels.name($0), format: ReportFormats.count) } + [
        ColumnDefinition(labels.allActivities, format: ReportFormats.count),
        ColumnDefinition(labels.participants, format: ReportFormats.count),
        ColumnDefinition(labels.participantsPer1000, format: ReportFormats.ratio),
      ]
    func row(_ name: String, _ figures: UsageFigures) -> [ReportCell] {
      [.text(name), .count(figures.libraries)]
        + types.map { ReportCell.count(figures.activities.count($0)) } + [
          .count(figures.activities.count), .count(figures.activities.participants),
          .number(figures.participantsPer1000),
        ]
    }
    let ids = DetailSheets.breakdownIDs(entries)
    if ids != nil {
      columns.append(ColumnDefinition(words.libraryID, format: DetailSheets.indentedText))
    }
    var rows = entries.enumerated().map { offset, entry in
      row(entry.name, entry.figures) + (ids.map { [$0[offset]] } ?? [])
    }
    if comparison, context.scope.isDistrict {
      // The activities by type, all activities and participants are sums over the libraries.
      rows += DetailSheets.perLibraryRows(
        context, columns: columns, additive: Set(2..<(columns.count - 1)), blank: [1], row: row)
    } else if comparison, let regency = context.regencyStatistics?.figures {
      rows.append(
        DetailSheets.bandedRow(row(DetailSheets.regencyTitle(context), regency), columns: columns))
    }
    DetailSheets.keepTogether(rows: min(rows.count, 25) + 1, headerPoints: 45, on: &sheet)
    sheet.addHeading("\(heading): \(context.placeTitle)")
    let placement = sheet.addTable(columns: columns, rows: rows)
    DetailSheets.setHeaderHeight(45, of: placement, on: &sheet)
    if ids != nil {
      DetailSheets.addExcelTable(
        named: "ActivitiesByLibrary", placement, columns: columns, on: &sheet)
    }
    return placement
  }

  // MARK: - Charts

  private static func charts(
    types: TablePlacement, stacked: (table: TablePlacement, rows: Int),
    sizes: (byType: ChartSpec.Size, stacked: ChartSpec.Size), on sheet: ReportSheet,
    context: ReportContext
  ) -> [ChartSpec] {
    let labels = context.labels.activities
    let words = context.labels.detail
    let count = ActivityType.allCases.count
    func byType(_ title: String, value: Int, color: Color) -> ChartSpec {
      var series = DetailSheets.series(
        on: sheet, types, category: 0, value: value, rows: count, color: color)
      series?.showsValueLabels = true
      series?.labelNumberFormat = "#,##0"
      series?.pointColors = ActivityType.allCases.map { ReportPalette.color($0) }
      var chart = DetailSheets.chart(
        .column, title: title, categoryAxis: labels.type, valueAxis: words.countAxis,
        series: [series].compactMap { $0 }, size: sizes.byType)
      chart.valueAxisNumberFormat = "#,##0"
      return chart
    }
    var perPlace = DetailSheets.chart(
      .bar, grouping: .stacked,
      title: context.scope.isDistrict ? labels.libraryChart : labels.districtChart,
      categoryAxis: context.scope.isDistrict ? words.library : words.district,
      valueAxis: words.countAxis,
      series: ActivityType.allCases.enumerated().compactMap { offset, type in
        DetailSheets.series(
          on: sheet, stacked.table, category: 0, value: offset + 2, rows: stacked.rows,
          color: ReportPalette.color(type))
      }, size: sizes.stacked)
    perPlace.valueAxisNumberFormat = "#,##0"
    return [
      byType(labels.activitiesChart, value: 1, color: ReportPalette.community),
      byType(labels.participantsChart, value: 2, color: ReportPalette.community),
      perPlace,
    ]
  }
}

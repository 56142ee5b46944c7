import XLSXWriter

/// Chart helpers the detail sheets share: sizes readable on a projector, placement side by side
/// at the top of a sheet (kept off printed page breaks), series named by their header cells,
/// and labelled blocks of plain numbers for charts to draw from.
extension DetailSheets {
  /// The size of a main chart: 640 x 360 pixels, readable when projected.
  ///
  /// Sheets that fit more charts to their first printed page draw them lower, never under
  /// 640 x 240 (`TrendsSheet.chartSize`, `ActivitiesSheet.chartSizes`).
  static let chartSize = ChartSpec.Size(width: 640, height: 360)

  /// The width of two main charts side by side with their gap, for a chart that spans the
  /// whole row: on screen both charts of a row show at once, on paper such a sheet prints at
  /// about 76 %.
  static let sheetWidth = 2 * 640 + 24

  /// Space left between charts, in pixels.
  static let chartGap = 24

  /// The height of a bar chart of `count` categories: 22 pixels a category plus room for the
  /// title, the value axis and the legend, and never below the main chart's 360.
  static func barChartHeight(categories count: Int) -> Int {
    max(chartSize.height, 22 * count + 150)
  }

  /// A chart with its titles set; the anchor is a placeholder until `place(_:at:on:)` sets it.
  static func chart(
    _ kind: ChartSpec.Kind, grouping: ChartSpec.Grouping = .standard, title: String,
    categoryAxis: String?, valueAxis: String?, series: [ChartSeries],
    size: ChartSpec.Size = chartSize
  ) -> ChartSpec {
    var chart = ChartSpec(
      kind: kind, grouping: grouping, title: title, series: series,
      anchor: CellReference(row: 0, column: 0), size: size)
    chart.categoryAxisTitle = categoryAxis
    chart.valueAxisTitle = valueAxis
    chart.legend = series.count > 1 ? .bottom : .none
    if kind == .bar {
      // Bars list their categories top-down in table order.
      chart.reversesCategories = true
    }
    if grouping != .standard || kind == .bar || kind == .column { chart.gap = 60 }
    if grouping == .stacked { chart.overlap = 100 }
    return chart
  }

  /// The series drawing column `value` of a table against its column `category`, over the
  /// first `rows` data rows (all when `nil`), named by the value column's header cell.
  static func series(
    on sheet: ReportSheet, _ placement: TablePlacement, category: Int, value: Int,
    rows: Int? = nil, color: Color?
  ) -> ChartSeries? {
    guard let values = placement.dataColumn(value), let categories = placement.dataColumn(category)
    else { return nil }
    let count = min(rows ?? values.rowCount, values.rowCount)
    guard count > 0 else { return nil }
    func cut(_ range: CellRange) -> CellRange {
      CellRange(
        firstRow: range.first.row, firstColumn: range.first.column,
        lastRow: range.first.row + count - 1, lastColumn: range.first.column)
    }
    var series = ChartSeries(
      name: nil, sheet: sheet.spec.name, categories: cut(categories), values: cut(values),
      color: color)
    series.nameCell = placement.headerCell(value)
    return series
  }

  /// Writes a labelled block of plain numbers for charts: a text category column, then one
  /// column per series.
  ///
  /// Charts draw from it rather than from formula cells, whose cached values some viewers
  /// show as zeros, and with text categories (months as "Okt 2026") that every viewer shows
  /// the same way.
  static func addChartData(
    categoryHeader: String, categories: [String],
    series: [(header: String, values: [Double?], format: CellFormat)],
    on sheet: inout ReportSheet
  ) -> TablePlacement {
    let columns =
      [ColumnDefinition(categoryHeader)]
      + series.map { ColumnDefinition($0.header, format: $0.format) }
    let rows = categories.enumerated().map { index, category in
      [ReportCell.text(category)]
        + series.map { ReportCell.number(index < $0.values.count ? $0.values[index] : nil) }
    }
    return sheet.addTable(columns: columns, rows: rows)
  }

  /// Reserves room for charts of `sizes` from the cursor down, `perRow` side by side with
  /// `chartGap` between them, and moves the cursor below them.
  ///
  /// Horizontal positions come from the sheet's fixed column widths (Excel draws a column of
  /// width `w` as `w x 7 + 5` pixels), so set the widths first. A row of charts that would
  /// straddle a printed page starts on the next page instead (see `PrintedPage`), so no chart
  /// is cut in two on paper.
  ///
  /// - Returns: One anchor per size, for `place(_:at:on:)`.
  static func reserveCharts(
    _ sizes: [ChartSpec.Size], on sheet: inout ReportSheet, perRow: Int = 1
  ) -> [CellReference] {
    var columns: [Int] = []
    var rightEdge = 0
    for start in stride(from: 0, to: sizes.count, by: perRow) {
      var left = 0
      for size in sizes[start..<min(start + perRow, sizes.count)] {
        let column = firstColumn(atOrAfter: left, in: sheet.spec)
        columns.append(column)
        left = leftEdge(of: column, in: sheet.spec) + size.width + chartGap
        rightEdge = max(rightEdge, left - chartGap)
      }
    }
    coverWithColumns(rightEdge, on: &sheet)
    let page = PrintedPage(sheet: sheet.spec)
    var anchors: [CellReference] = []
    var top = sheet.nextRow
    for start in stride(from: 0, to: sizes.count, by: perRow) {
      let group = start..<min(start + perRow, sizes.count)
      let height = sizes[group].map(\.height).max() ?? 0
      top = page.firstRow(from: top, fitting: height, in: sheet.spec)
      for index in group { anchors.append(CellReference(row: top, column: columns[index])) }
      top += rows(for: height)
    }
    sheet.moveCursor(toAtLeast: top)
    return anchors
  }

  /// Widens the sheet's fixed columns with an empty one so that they reach `width` pixels.
  ///
  /// Charts are anchored to cells and stretch with them; under columns left at the default
  /// width they would stretch differently in Excel and LibreOffice, and the printed page
  /// would scale differently.
  static func coverWithColumns(_ width: Int, on sheet: inout ReportSheet) {
    let last = sheet.spec.columns.keys.max() ?? -1
    let covered = leftEdge(of: last + 1, in: sheet.spec)
    guard width > covered else { return }
    let missing = Double(width - covered - 5) / 7
    sheet.setWidth(.fixed(max(missing.rounded(.up), 1)), column: last + 1)
  }

  /// The empty rows a chart `height` pixels tall covers, with a gap of at least 12 pixels
  /// below it.
  static func rows(for height: Int) -> Int {
    let rowPixels = rowHeight * 4 / 3
    return Int((Double(height + 12) / rowPixels).rounded(.up))
  }

  /// Places `charts` at the anchors `reserveCharts` gave (a chart without series is left out).
  static func place(_ charts: [ChartSpec], at anchors: [CellReference], on sheet: inout ReportSheet)
  {
    sheet.edit { spec in
      for (chart, anchor) in zip(charts, anchors) where !chart.series.isEmpty {
        var placed = chart
        placed.anchor = anchor
        spec.charts.append(placed)
      }
    }
  }

  /// The pixel width of `column` as Excel draws it (default width 8.43, 64 pixels).
  static func pixels(ofColumn column: Int, in spec: SheetSpec) -> Int {
    let width: Double
    switch spec.columns[column]?.width {
    case .fixed(let fixed): width = fixed
    case .fitContent(let minimum, _): width = minimum
    case nil: width = 8.43
    }
    return width < 1 ? Int(width * 12 + 0.5) : Int(width * 7 + 0.5) + 5
  }

  /// The distance in pixels from the sheet's left edge to `column`'s.
  static func leftEdge(of column: Int, in spec: SheetSpec) -> Int {
    (0..<column).reduce(0) { $0 + pixels(ofColumn: $1, in: spec) }
  }

  private static func firstColumn(atOrAfter pixel: Int, in spec: SheetSpec) -> Int {
    var column = 0
    var edge = 0
    while edge < pixel {
      edge += pixels(ofColumn: column, in: spec)
      column += 1
    }
    return column
  }
}

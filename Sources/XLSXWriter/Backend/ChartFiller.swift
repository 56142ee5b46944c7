import CXLSXWriter

/// Builds one libxlsxwriter chart from a `ChartSpec` and inserts it into a worksheet.
struct ChartFiller {
  let session: WorkbookSession
  let worksheet: UnsafeMutablePointer<lxw_worksheet>
  let sheetName: String

  /// Creates the chart, adds its series, titles and legend, and places it at its anchor.
  func insert(_ spec: ChartSpec) throws(XLSXError) {
    let chart = try session.addChart(type: Self.chartType(spec), title: spec.title)
    for series in spec.series { try addSeries(series, of: spec, to: chart) }
    if let title = spec.title {
      chart_title_set_name(chart, session.cString(Self.literal(title)))
      if let size = spec.titleFontSize {
        var font = lxw_chart_font()
        font.size = size
        font.bold = 1
        chart_title_set_name_font(chart, &font)
      }
    } else if spec.series.count > 1 || spec.kind == .pie || spec.kind == .doughnut {
      chart_title_off(chart)
    }
    configureAxes(of: chart, spec)
    chart_legend_set_position(chart, Self.legendCode(spec.legend))
    if let gap = spec.gap { chart_set_series_gap(chart, UInt16(clamping: gap)) }
    if let overlap = spec.overlap { chart_set_series_overlap(chart, Int8(clamping: overlap)) }
    if let hole = spec.holeSize, spec.kind == .doughnut {
      chart_set_hole_size(chart, UInt8(clamping: hole))
    }
    var options = lxw_chart_options()
    options.x_scale = Double(spec.size.width) / 480
    options.y_scale = Double(spec.size.height) / 288
    options.x_offset = Int32(clamping: spec.offset.x)
    options.y_offset = Int32(clamping: spec.offset.y)
    options.object_position = 1
    try session.check(
      worksheet_insert_chart_opt(
        worksheet, lxw_row_t(spec.anchor.row), lxw_col_t(spec.anchor.column), chart, &options),
      "inserting chart '\(spec.title ?? "untitled")' at \(sheetName)!\(spec.anchor.a1)")
  }

  private func addSeries(
    _ series: ChartSeries, of spec: ChartSpec, to chart: UnsafeMutablePointer<lxw_chart>
  ) throws(XLSXError) {
    let cSeries = try WorkbookSession.created(
      chart_add_series(chart, nil, nil),
      "adding series '\(series.name ?? "")' to chart '\(spec.title ?? "untitled")'")
    let sheet = session.cString(series.sheet)
    if let categories = series.categories {
      chart_series_set_categories(
        cSeries, sheet, lxw_row_t(categories.first.row), lxw_col_t(categories.first.column),
        lxw_row_t(categories.last.row), lxw_col_t(categories.last.column))
    }
    let values = series.values
    chart_series_set_values(
      cSeries, sheet, lxw_row_t(values.first.row), lxw_col_t(values.first.column),
      lxw_row_t(values.last.row), lxw_col_t(values.last.column))
    if let cell = series.nameCell {
      chart_series_set_name_range(cSeries, sheet, lxw_row_t(cell.row), lxw_col_t(cell.column))
    } else if let name = series.name {
      chart_series_set_name(cSeries, session.cString(Self.literal(name)))
    }
    if let color = series.color { applyColor(color, to: cSeries, kind: spec.kind) }
    if !series.pointColors.isEmpty {
      try applyPointColors(series.pointColors, to: cSeries, chartTitle: spec.title)
    }
    if spec.kind == .line {
      let marker = series.showsMarkers ? LXW_CHART_MARKER_AUTOMATIC : LXW_CHART_MARKER_NONE
      chart_series_set_marker_type(cSeries, byte(marker))
    }
    if series.showsValueLabels || series.showsPercentageLabels {
      chart_series_set_labels(cSeries)
      if series.showsPercentageLabels {
        chart_series_set_labels_options(cSeries, 0, 0, series.showsValueLabels ? 1 : 0)
        chart_series_set_labels_percentage(cSeries)
      }
      if let format = series.labelNumberFormat {
        chart_series_set_labels_num_format(cSeries, session.cString(format))
      }
    }
  }

  private func applyColor(
    _ color: Color, to series: UnsafeMutablePointer<lxw_chart_series>, kind: ChartSpec.Kind
  ) {
    switch kind {
    case .line, .scatter:
      var line = lxw_chart_line()
      line.color = color.rgb
      line.width = 2.25
      chart_series_set_line(series, &line)
      var fill = lxw_chart_fill()
      fill.color = color.rgb
      chart_series_set_marker_fill(series, &fill)
    case .column, .bar, .area, .pie, .doughnut:
      var fill = lxw_chart_fill()
      fill.color = color.rgb
      chart_series_set_fill(series, &fill)
    }
  }

  private func applyPointColors(
    _ colors: [Color?], to series: UnsafeMutablePointer<lxw_chart_series>, chartTitle: String?
  ) throws(XLSXError) {
    let fills = UnsafeMutablePointer<lxw_chart_fill>.allocate(capacity: colors.count)
    let points = UnsafeMutablePointer<lxw_chart_point>.allocate(capacity: colors.count)
    let pointers = UnsafeMutablePointer<UnsafeMutablePointer<lxw_chart_point>?>.allocate(
      capacity: colors.count + 1)
    defer {
      fills.deallocate()
      points.deallocate()
      pointers.deallocate()
    }
    for (index, color) in colors.enumerated() {
      var fill = lxw_chart_fill()
      fill.color = color?.rgb ?? 0
      fill.none = 0
      (fills + index).initialize(to: fill)
      var point = lxw_chart_point()
      point.fill = color == nil ? nil : fills + index
      (points + index).initialize(to: point)
      pointers[index] = points + index
    }
    pointers[colors.count] = nil
    try session.check(
      chart_series_set_points(series, pointers),
      "colouring the points of chart '\(chartTitle ?? "untitled")'")
  }

  private func configureAxes(of chart: UnsafeMutablePointer<lxw_chart>, _ spec: ChartSpec) {
    guard spec.kind != .pie, spec.kind != .doughnut else { return }
    // libxlsxwriter names axes by direction: in a bar chart the horizontal x axis holds values.
    let isBar = spec.kind == .bar
    let categoryAxis = isBar ? chart.pointee.y_axis : chart.pointee.x_axis
    let valueAxis = isBar ? chart.pointee.x_axis : chart.pointee.y_axis
    if let title = spec.categoryAxisTitle {
      chart_axis_set_name(categoryAxis, session.cString(Self.literal(title)))
    }
    if let title = spec.valueAxisTitle {
      chart_axis_set_name(valueAxis, session.cString(Self.literal(title)))
    }
    if let format = spec.valueAxisNumberFormat {
      chart_axis_set_num_format(valueAxis, session.cString(format))
    }
    if let minimum = spec.valueAxisMinimum { chart_axis_set_min(valueAxis, minimum) }
    if let maximum = spec.valueAxisMaximum { chart_axis_set_max(valueAxis, maximum) }
    if spec.reversesCategories { chart_axis_set_reverse(categoryAxis) }
    if spec.labelsEveryCategory { chart_axis_set_interval_unit(categoryAxis, 1) }
    if let size = spec.axisFontSize {
      var font = lxw_chart_font()
      font.size = size
      chart_axis_set_num_font(categoryAxis, &font)
      chart_axis_set_num_font(valueAxis, &font)
    }
  }

  /// libxlsxwriter reads a title or name starting with `=` as a cell reference; a literal
  /// never starts with one.
  private static func literal(_ text: String) -> String {
    text.hasPrefix("=") ? String(text.drop { $0 == "=" }) : text
  }

  private static func chartType(_ spec: ChartSpec) -> UInt8 {
    let code: lxw_chart_type
    switch (spec.kind, spec.grouping) {
    case (.column, .standard): code = LXW_CHART_COLUMN
    case (.column, .stacked): code = LXW_CHART_COLUMN_STACKED
    case (.column, .percentStacked): code = LXW_CHART_COLUMN_STACKED_PERCENT
    case (.bar, .standard): code = LXW_CHART_BAR
    case (.bar, .stacked): code = LXW_CHART_BAR_STACKED
    case (.bar, .percentStacked): code = LXW_CHART_BAR_STACKED_PERCENT
    case (.line, .standard): code = LXW_CHART_LINE
    case (.line, .stacked): code = LXW_CHART_LINE_STACKED
    case (.line, .percentStacked): code = LXW_CHART_LINE_STACKED_PERCENT
    case (.area, .standard): code = LXW_CHART_AREA
    case (.area, .stacked): code = LXW_CHART_AREA_STACKED
    case (.area, .percentStacked): code = LXW_CHART_AREA_STACKED_PERCENT
    case (.pie, _): code = LXW_CHART_PIE
    case (.doughnut, _): code = LXW_CHART_DOUGHNUT
    case (.scatter, _): code = LXW_CHART_SCATTER_STRAIGHT_WITH_MARKERS
    }
    return byte(code)
  }

  private static func legendCode(_ position: ChartSpec.LegendPosition) -> UInt8 {
    switch position {
    case .none: return byte(LXW_CHART_LEGEND_NONE)
    case .right: return byte(LXW_CHART_LEGEND_RIGHT)
    case .left: return byte(LXW_CHART_LEGEND_LEFT)
    case .top: return byte(LXW_CHART_LEGEND_TOP)
    case .bottom: return byte(LXW_CHART_LEGEND_BOTTOM)
    }
  }
}

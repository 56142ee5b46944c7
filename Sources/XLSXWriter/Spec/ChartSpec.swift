/// A native Excel chart placed over a worksheet, drawing its data from worksheet cells.
///
/// Series point at ranges of plain numbers (never formula cells: a chart's cached data from
/// formula cells is zeros in viewers that do not recalculate).
package struct ChartSpec: Hashable, Sendable {
  /// The chart type.
  package var kind: Kind
  /// Side-by-side, stacked or stacked to 100 %.
  package var grouping: Grouping = .standard
  /// The chart's title.
  package var title: String?
  /// The title of the category axis (horizontal in column charts, vertical in bar charts).
  package var categoryAxisTitle: String?
  /// The title of the value axis.
  package var valueAxisTitle: String?
  /// The number format of the value axis labels.
  package var valueAxisNumberFormat: String?
  /// The lowest value of the value axis.
  package var valueAxisMinimum: Double?
  /// The highest value of the value axis.
  package var valueAxisMaximum: Double?
  /// Whether the category axis lists its categories in reverse (top-down in bar charts).
  package var reversesCategories = false
  /// Where the legend sits.
  package var legend: LegendPosition = .bottom
  /// The data series, drawn in order.
  package var series: [ChartSeries]
  /// Space between clusters as a percentage of a bar's width (0 to 500).
  package var gap: Int?
  /// Overlap of bars in a cluster in percent (-100 to 100).
  package var overlap: Int?
  /// The hole of a doughnut chart in percent (10 to 90).
  package var holeSize: Int?
  /// The cell whose top-left corner the chart's top-left corner sits on.
  package var anchor: CellReference
  /// The chart's size in pixels.
  package var size: Size = Size(width: 480, height: 288)
  /// How far right of and below `anchor`'s top-left corner the chart starts, in pixels.
  package var offset = Offset(x: 0, y: 0)
  /// Font size of axis labels in points.
  package var axisFontSize: Double?
  /// Whether every category gets its label, however crowded (Excel otherwise skips some).
  package var labelsEveryCategory = false
  /// Font size of the chart's title in points (Excel's default is 14).
  package var titleFontSize: Double?

  /// Creates a chart of `kind` with `series`, anchored at `anchor`.
  package init(
    kind: Kind, grouping: Grouping = .standard, title: String? = nil, series: [ChartSeries],
    anchor: CellReference, size: Size = Size(width: 480, height: 288)
  ) {
    self.kind = kind
    self.grouping = grouping
    self.title = title
    self.series = series
    self.anchor = anchor
    self.size = size
  }

  /// The chart types libxlsxwriter 1.1.4 draws (no combined charts, secondary axes or
  /// sparklines).
  package enum Kind: Hashable, Sendable {
    /// Vertical bars.
    case column
    /// Horizontal bars.
    case bar
    /// Lines through the points.
    case line
    /// Filled area under lines.
    case area
    /// A pie.
    case pie
    /// A pie with a hole.
    case doughnut
    /// Points with numeric x and y values, with straight lines and markers.
    case scatter
  }

  /// How the series of one category combine.
  package enum Grouping: Hashable, Sendable {
    /// Side by side (or overlapping lines).
    case standard
    /// Stacked on each other.
    case stacked
    /// Stacked and scaled to 100 %.
    case percentStacked
  }

  /// The legend's place.
  package enum LegendPosition: Hashable, Sendable {
    /// No legend.
    case none
    /// Right of the plot.
    case right
    /// Left of the plot.
    case left
    /// Above the plot.
    case top
    /// Below the plot.
    case bottom
  }

  /// A distance right and down in pixels.
  package struct Offset: Hashable, Sendable {
    /// Pixels to the right.
    package var x: Int
    /// Pixels down.
    package var y: Int

    /// Creates an offset.
    package init(x: Int, y: Int) {
      self.x = x
      self.y = y
    }
  }

  /// A size in pixels.
  package struct Size: Hashable, Sendable {
    /// Width in pixels.
    package var width: Int
    /// Height in pixels.
    package var height: Int

    /// Creates a size.
    package init(width: Int, height: Int) {
      self.width = width
      self.height = height
    }
  }
}

/// One data series of a chart.
package struct ChartSeries: Hashable, Sendable {
  /// The series name shown in the legend, as literal text.
  ///
  /// Excel shows a literal name, but LibreOffice Calc leaves it out of the legend; prefer
  /// `nameCell`, which both show.
  package var name: String?
  /// The cell (on `sheet`) whose text names the series, such as the column's header.
  package var nameCell: CellReference?
  /// The sheet holding the categories and values.
  package var sheet: String
  /// The category labels (x values for scatter charts), one column or row.
  package var categories: CellRange?
  /// The values, one column or row.
  package var values: CellRange
  /// The series colour (fill for bars, line for lines).
  package var color: Color?
  /// Per-point colours (pie slices, bars), in order; `nil` entries keep the default.
  package var pointColors: [Color?] = []
  /// Whether each point shows its value.
  package var showsValueLabels = false
  /// Number format of the value labels.
  package var labelNumberFormat: String?
  /// Pie and doughnut slices show their percentage.
  package var showsPercentageLabels = false
  /// Whether line charts mark each point.
  package var showsMarkers = false

  /// Creates a series drawing `values` (and `categories`) from `sheet`.
  package init(
    name: String?, sheet: String, categories: CellRange?, values: CellRange, color: Color? = nil
  ) {
    self.name = name
    self.sheet = sheet
    self.categories = categories
    self.values = values
    self.color = color
  }
}

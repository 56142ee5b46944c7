/// A chart on a sheet: its kind, layout, titles and the ranges its series plot.
package struct XLSXChart: Sendable, Equatable {
  /// The first plot's element name without "Chart": "bar", "line", "pie", "doughnut",
  /// "scatter", "area", "radar", "bar3D".
  package var kind: String
  /// The kinds of every plot, in order; more than one for a combined chart ("bar", "line").
  package var plotKinds: [String]
  /// "col" (vertical) or "bar" (horizontal) for bar charts.
  package var barDirection: String?
  /// "clustered", "stacked", "percentStacked" or "standard", when written.
  package var grouping: String?
  /// The chart title: its rich text (runs joined, paragraphs on separate lines), or the cached
  /// text of a title taken from a cell, or that cell's formula when no text is cached.
  package var title: String?
  /// The formula of a title taken from a cell ("Sheet1!$A$1").
  package var titleReference: String?
  /// The axis titles, in the order the axes are written.
  package var axisTitles: [String]
  /// The series of every plot, in order.
  package var series: [XLSXChartSeries]
  /// The legend's position ("r", "b", "t", "l", "tr"); nil when the chart has no legend.
  package var legendPosition: String?
  /// The cell where the drawing's top-left corner is anchored; nil for an absolute anchor.
  package var anchor: XLSXCellPosition?
  /// Every how many categories the category axis writes a label (`c:tickLblSkip`); nil when
  /// the chart leaves it to the application, which may then skip labels on a crowded axis.
  package var categoryLabelInterval: Int?
  /// The number format of the value axis's labels (`c:valAx/c:numFmt`); nil when the axis
  /// takes its data's format.
  package var valueAxisNumberFormat: String?

  /// Creates a chart description.
  package init(
    kind: String, plotKinds: [String] = [], barDirection: String? = nil, grouping: String? = nil,
    title: String? = nil, titleReference: String? = nil, axisTitles: [String] = [],
    series: [XLSXChartSeries] = [], legendPosition: String? = nil,
    anchor: XLSXCellPosition? = nil
  ) {
    self.kind = kind
    self.plotKinds = plotKinds.isEmpty ? [kind] : plotKinds
    self.barDirection = barDirection
    self.grouping = grouping
    self.title = title
    self.titleReference = titleReference
    self.axisTitles = axisTitles
    self.series = series
    self.legendPosition = legendPosition
    self.anchor = anchor
  }
}

/// One series of a chart: its name and the ranges of its categories and values.
package struct XLSXChartSeries: Sendable, Equatable {
  /// The kind of the plot the series belongs to ("bar", "line").
  package var plotKind: String
  /// The series name: literal text, or the cached text of the name's cell.
  package var name: String?
  /// The formula of a name taken from a cell ("Sheet1!$B$1").
  package var nameReference: String?
  /// The categories' range (`c:cat`), or the x values' range of a scatter series (`c:xVal`).
  package var categories: String?
  /// The values' range (`c:val`), or the y values' range of a scatter series (`c:yVal`).
  package var values: String?
  /// The solid fill colours of the points drawn in a colour of their own (`c:dPt`), as
  /// `RRGGBB` hex text by 0-based point index; points without a fill of their own are absent.
  package var pointFills: [Int: String]

  /// Creates a series description.
  package init(
    plotKind: String, name: String? = nil, nameReference: String? = nil,
    categories: String? = nil, values: String? = nil, pointFills: [Int: String] = [:]
  ) {
    self.plotKind = plotKind
    self.name = name
    self.nameReference = nameReference
    self.categories = categories
    self.values = values
    self.pointFills = pointFills
  }
}

/// A 0-based cell position, where a drawing is anchored.
package struct XLSXCellPosition: Sendable, Equatable {
  /// The 0-based row.
  package var row: Int
  /// The 0-based column.
  package var column: Int

  /// Creates a position.
  package init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }

  /// The A1 reference: row 2, column 1 is "B3".
  package var reference: String {
    CellAddress(row: row, column: column).a1
  }
}

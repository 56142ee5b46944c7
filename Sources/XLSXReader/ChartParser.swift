/// Reads a chart part (`xl/charts/chart1.xml`) into an `XLSXChart`.
enum ChartParser {
  /// Reads the chart part's root element (`c:chartSpace`); the anchor comes from the drawing.
  static func chart(_ root: MarkupElement, anchor: XLSXCellPosition?) -> XLSXChart {
    let chart = root.child("chart", in: .chart) ?? root
    let plotArea = chart.child("plotArea", in: .chart)
    let plots = (plotArea?.children ?? []).filter {
      Namespace.chart.contains($0.namespace) && $0.name.hasSuffix("Chart")
    }
    let kinds = plots.map { String($0.name.dropLast("Chart".count)) }
    var series: [XLSXChartSeries] = []
    for (plot, kind) in zip(plots, kinds) {
      series += plot.children("ser", in: .chart).map { self.series($0, kind: kind) }
    }
    let axes = (plotArea?.children ?? []).filter {
      Namespace.chart.contains($0.namespace) && $0.name.hasSuffix("Ax")
    }
    let title = chart.child("title", in: .chart).map(self.title)
    let legend = chart.child("legend", in: .chart)
    var parsed = XLSXChart(
      kind: kinds.first ?? "",
      plotKinds: kinds,
      barDirection: plots.first?.child("barDir", in: .chart)?.attribute("val"),
      grouping: plots.first?.child("grouping", in: .chart)?.attribute("val"),
      title: title?.text,
      titleReference: title?.reference,
      axisTitles: axes.compactMap { $0.child("title", in: .chart).flatMap { self.title($0).text } },
      series: series,
      legendPosition: legend.map { $0.child("legendPos", in: .chart)?.attribute("val") ?? "r" },
      anchor: anchor)
    let categoryAxis = axes.first { $0.name == "catAx" }
    parsed.categoryLabelInterval = categoryAxis?.child("tickLblSkip", in: .chart)?
      .attribute("val").flatMap { Int($0) }
    let valueAxis = axes.first { $0.name == "valAx" }
    parsed.valueAxisNumberFormat = valueAxis?.child("numFmt", in: .chart)?.attribute("formatCode")
    return parsed
  }

  private static func series(_ element: MarkupElement, kind: String) -> XLSXChartSeries {
    let name = element.child("tx", in: .chart)
    let nameReference = name?.child("strRef", in: .chart)?.child("f", in: .chart)?.text
    let literalName = name?.child("v", in: .chart)?.text
    let cachedName = name?.child("strRef", in: .chart).flatMap(cachedText)
    return XLSXChartSeries(
      plotKind: kind,
      name: literalName ?? cachedName,
      nameReference: nameReference,
      categories: reference(
        in: element.child("cat", in: .chart) ?? element.child("xVal", in: .chart)),
      values: reference(in: element.child("val", in: .chart) ?? element.child("yVal", in: .chart)),
      pointFills: pointFills(element))
  }

  /// The solid fill of each `c:dPt` of a series that has one, by its `c:idx`.
  private static func pointFills(_ series: MarkupElement) -> [Int: String] {
    var fills: [Int: String] = [:]
    for point in series.children("dPt", in: .chart) {
      guard let index = point.child("idx", in: .chart)?.attribute("val").flatMap({ Int($0) }),
        let color = point.child("spPr", in: .chart)?.child("solidFill", in: .drawingMain)?
          .child("srgbClr", in: .drawingMain)?.attribute("val")
      else { continue }
      fills[index] = color.uppercased()
    }
    return fills
  }

  /// The formula of a data source (`c:numRef`, `c:strRef` or `c:multiLvlStrRef` inside it).
  private static func reference(in source: MarkupElement?) -> String? {
    guard let source else { return nil }
    for name in ["numRef", "strRef", "multiLvlStrRef"] {
      if let formula = source.child(name, in: .chart)?.child("f", in: .chart) {
        return formula.text
      }
    }
    return nil
  }

  /// The text and cell formula of a `c:title`.
  private static func title(_ element: MarkupElement) -> (text: String?, reference: String?) {
    guard let tx = element.child("tx", in: .chart) else { return (nil, nil) }
    if let rich = tx.child("rich", in: .chart) {
      let paragraphs = rich.children("p", in: .drawingMain).map { paragraph in
        paragraph.children.filter {
          Namespace.drawingMain.contains($0.namespace) && ($0.name == "r" || $0.name == "fld")
        }
        .compactMap { $0.child("t", in: .drawingMain)?.text }.joined()
      }
      return (paragraphs.joined(separator: "\n"), nil)
    }
    if let strRef = tx.child("strRef", in: .chart) {
      let formula = strRef.child("f", in: .chart)?.text
      return (cachedText(strRef) ?? formula, formula)
    }
    return (nil, nil)
  }

  /// The cached text points of a `c:strRef`, joined by spaces.
  private static func cachedText(_ strRef: MarkupElement) -> String? {
    let points = strRef.child("strCache", in: .chart)?.children("pt", in: .chart) ?? []
    let texts = points.compactMap { $0.child("v", in: .chart)?.text }
    return texts.isEmpty ? nil : texts.joined(separator: " ")
  }
}

import PustakaCore
import XLSXWriter

extension LibraryCard.CardBuilder {
  /// The area sub-scores against the district and regency means, at the top of the right
  /// half: the heading beside the subtitle, the header beside the KPI.
  ///
  /// - Returns: The first row free below the table, where the charts start.
  mutating func addAreaTable() -> Int {
    let card = labels
    let top = Self.headlineRow - 1
    let left = Self.rightColumn
    let areas = context.rubric.areas
    let scoreFormat = CellFormat(numberFormat: "0.00", verticalAlignment: .center)
    let rows = areas.map { area in
      (
        area, context.text(area.label),
        [
          score.areaScore(area)?.score, figures.districtMeans.mean(area),
          figures.regencyMeans.mean(area),
        ]
      )
    }
    sheet.edit { sheet in
      sheet.write(
        .string(card.areasHeading), row: top, column: left, format: ReportFormats.heading)
      let headers = [card.area, card.thisLibrary, card.districtMean, card.regencyMean]
      for (offset, header) in headers.enumerated() {
        sheet.write(
          .string(header), row: top + 1, column: left + offset, format: ReportFormats.header)
      }
      for (offset, (area, name, values)) in rows.enumerated() {
        let row = top + 2 + offset
        sheet.write(.string(name), row: row, column: left, format: LibraryCard.Formats.area(area))
        for (column, value) in values.enumerated() {
          sheet.write(
            value.map(CellValue.number) ?? .blank, row: row, column: left + 1 + column,
            format: scoreFormat)
        }
      }
    }
    return top + 2 + areas.count + 1
  }

  /// The charts of the right half, stacked from `fromRow` down to the left half's last row
  /// (or lower, for a card whose left half is short).
  mutating func placeCharts(includingAreas: Bool, fromRow: Int) {
    var charts: [ChartSpec] = []
    var weights: [Double] = []
    if includingAreas, let areaChart = areaChart() {
      charts.append(areaChart)
      weights.append(0.38)
    }
    let months = monthCharts()
    charts += months
    weights += months.map { _ in 0.32 }
    stack(charts, weights: weights, fromRow: fromRow)
  }

  /// A clustered bar chart: per area, the library's sub-score in the area's colour, then the
  /// district and regency means in greys.
  func areaChart() -> ChartSpec? {
    guard let table = data.areas, let categories = table.dataColumn(0) else { return nil }
    let colors = context.rubric.areas.map { Optional(ReportPalette.areaColor($0)) }
    let series = [
      (1, ReportPalette.title), (2, ReportPalette.districtMean), (3, ReportPalette.regencyMean),
    ].compactMap { column, color -> ChartSeries? in
      guard let values = table.dataColumn(column) else { return nil }
      var series = ChartSeries(
        name: nil, sheet: data.sheet, categories: categories, values: values, color: color)
      series.nameCell = table.headerCell(column)
      if column == 1 {
        // Only the library's own bars are labelled: the means are in the table above.
        series.pointColors = colors
        series.showsValueLabels = true
        series.labelNumberFormat = "0.0"
      }
      return series
    }
    var chart = ChartSpec(
      kind: .bar, title: labels.areaChartTitle, series: series,
      anchor: CellReference(row: 0, column: Self.rightColumn))
    chart.valueAxisTitle = labels.scoreAxis
    chart.valueAxisMinimum = 0
    chart.valueAxisMaximum = 100
    chart.reversesCategories = true
    chart.legend = .bottom
    chart.gap = 40
    chart.axisFontSize = 9
    return chart
  }

  /// Column charts of visitors and of loans over the last 12 months.
  func monthCharts() -> [ChartSpec] {
    let card = labels
    let table = data.months
    guard let months = table.dataColumn(3) else { return [] }
    let specs = [
      (1, card.visitorsChartTitle, card.peopleAxis, ReportPalette.visitors),
      (2, card.loansChartTitle, card.copiesAxis, ReportPalette.loans),
    ]
    return specs.compactMap { column, title, axis, color in
      guard let values = table.dataColumn(column) else { return nil }
      var series = ChartSeries(
        name: nil, sheet: data.sheet, categories: months, values: values, color: color)
      series.nameCell = table.headerCell(column)
      series.showsValueLabels = true
      series.labelNumberFormat = "#,##0"
      var chart = ChartSpec(
        kind: .column, title: title, series: [series],
        anchor: CellReference(row: 0, column: Self.rightColumn))
      chart.categoryAxisTitle = monthsAxisTitle
      chart.valueAxisTitle = axis
      chart.valueAxisMinimum = 0
      chart.legend = .none
      chart.gap = 50
      chart.axisFontSize = 8
      return chart
    }
  }

  /// The month charts' axis title, which names the months covered.
  ///
  /// Such as "Bulan, 2025-11 s.d. 2026-10": the categories show only the month's short name.
  var monthsAxisTitle: String {
    let months = context.period.trailingTwelveMonths
    guard let first = months.first, let last = months.last else { return labels.month }
    return "\(labels.month), \(first) \(labels.through) \(last)"
  }

  /// Places `charts` one under the other in the right half, sharing out the height from
  /// `fromRow` to the left half's last row by `weights`, each anchored on a row boundary.
  mutating func stack(_ charts: [ChartSpec], weights: [Double], fromRow: Int) {
    guard !charts.isEmpty else { return }
    let lastContentRow = max(sheet.nextRow - 1, fromRow)
    var tops = [0]
    var row = fromRow
    while row <= lastContentRow || (tops.last ?? 0) < Self.minimumChartHeight {
      tops.append((tops.last ?? 0) + pixels(ofRow: row))
      row += 1
    }
    let total = Double(tops.last ?? 0)
    let weightSum = weights.reduce(0, +)
    var boundaries: [Int] = []
    var share = 0.0
    for weight in weights {
      let target = share / weightSum * total
      let nearest = tops.indices.min {
        abs(Double(tops[$0]) - target) < abs(Double(tops[$1]) - target)
      }
      boundaries.append(nearest ?? 0)
      share += weight
    }
    boundaries.append(tops.count - 1)
    let width = Self.rightWidth - 8
    sheet.edit { sheet in
      for (index, var chart) in charts.enumerated() {
        let start = boundaries[index]
        let end = max(boundaries[index + 1], start + 1)
        chart.anchor = CellReference(row: fromRow + start, column: Self.rightColumn)
        chart.size = ChartSpec.Size(width: width, height: max(tops[end] - tops[start] - 10, 120))
        sheet.charts.append(chart)
      }
    }
  }
}

import Foundation

@testable import XLSXWriter

/// A workbook that uses every feature of the writer, for the read-back and determinism tests.
enum SampleWorkbook {
  static let created = Date(timeIntervalSince1970: 1_793_404_800)  // 2026-10-31 00:00 UTC

  static let money = CellFormat(numberFormat: "\"Rp \"#,##0")
  static let score = CellFormat(numberFormat: "0.00")
  static let share = CellFormat(numberFormat: "0.0%")
  static let count = CellFormat(numberFormat: "#,##0")
  static let month = CellFormat(numberFormat: "yyyy-mm")
  static let header = CellFormat(
    bold: true, fontColor: .white, fill: Color(rgb: 0x1F_4E79), border: .thin,
    horizontalAlignment: .center, verticalAlignment: .center, wrapsText: true)

  static let districts = ["Ngawi", "Paron", "Geneng", "Sine"]
  static let kpis = [81.25, 80, 47.5, 62.5]

  static func make() -> WorkbookSpec {
    var data = SheetSpec(name: "Data")
    data.writeRow(
      ["District", "KPI", "Spent", "Absorption", "Visitors", "Month", "Active", "Note"].map {
        .string($0)
      }, startingAt: CellReference(row: 0, column: 0), format: header)
    for (index, district) in districts.enumerated() {
      let row = index + 1
      data.write(.string(district), row: row, column: 0)
      data.write(.number(kpis[index]), row: row, column: 1, format: score)
      data.write(.number(Double(1_500_000 * (index + 1))), row: row, column: 2, format: money)
      data.write(.number(0.875 + Double(index) / 100), row: row, column: 3, format: share)
      data.write(.number(Double(1234 * (index + 1))), row: row, column: 4, format: count)
      data.write(.date(year: 2026, month: 10 - index, day: 1), row: row, column: 5, format: month)
      data.write(.boolean(index % 2 == 0), row: row, column: 6)
    }
    data.write(.string("=HYPERLINK(\"http://x\")"), row: 1, column: 7)
    data.write(.string("+62 812"), row: 2, column: 7)
    data.write(.string("-5"), row: 3, column: 7)
    data.write(.string("@sum"), row: 4, column: 7)
    data.write(
      .formula("ROUND(AVERAGE(B2:B5),2)", cached: .number(67.81)), row: 5, column: 1,
      format: score)
    data.write(.formula("IF(B2>=80,\"A\",\"B\")", cached: .string("A")), row: 5, column: 0)
    data.write(.url("https://perpusnas.go.id", text: "Perpusnas"), row: 6, column: 0)
    data.write(.blank, row: 6, column: 1, format: header)
    data.columns[0] = ColumnSpec(width: .fit)
    data.columns[2] = ColumnSpec(width: .fit)
    data.columns[7] = ColumnSpec(width: .fixed(18))
    data.rowHeights[0] = 30
    data.frozenPane = CellReference(row: 1, column: 1)
    data.tables = [
      TableSpec(
        name: "DistrictTable",
        range: CellRange(firstRow: 0, firstColumn: 0, lastRow: 4, lastColumn: 6),
        columnHeaders: ["District", "KPI", "Spent", "Absorption", "Visitors", "Month", "Active"])
    ]
    data.conditionalFormats = [
      ConditionalFormat(
        range: CellRange(firstRow: 1, firstColumn: 1, lastRow: 4, lastColumn: 1),
        rule: .threeColorScale(
          minimum: Color(rgb: 0xF8_696B), middle: Color(rgb: 0xFF_EB84),
          maximum: Color(rgb: 0x63_BE7B))),
      ConditionalFormat(
        range: CellRange(firstRow: 1, firstColumn: 2, lastRow: 4, lastColumn: 2),
        rule: .twoColorScale(minimum: .white, maximum: Color(rgb: 0x63_BE7B))),
      ConditionalFormat(
        range: CellRange(firstRow: 1, firstColumn: 4, lastRow: 4, lastColumn: 4),
        rule: .dataBar(color: Color(rgb: 0x5B_9BD5))),
      ConditionalFormat(
        range: CellRange(firstRow: 1, firstColumn: 3, lastRow: 4, lastColumn: 3),
        rule: .cellValue(.lessThan(0.9), format: CellFormat(fontColor: Color(rgb: 0x9C_0006)))),
      ConditionalFormat(
        range: CellRange(firstRow: 1, firstColumn: 0, lastRow: 4, lastColumn: 0),
        rule: .formula("$B2>=80", format: CellFormat(bold: true))),
    ]
    data.comments[CellReference(row: 0, column: 1)] = "KPI = points / 80 x 100"
    data.printSetup.orientation = .landscape
    data.printSetup.fitToPages = .init(width: 1, height: 0)
    data.printSetup.repeatedRows = 0...0
    data.printSetup.header = HeaderFooter(center: [.text("Ngawi & sekitarnya 2026-10")])
    data.printSetup.footer = HeaderFooter(center: [
      .text("Page "), .pageNumber, .text(" of "), .pageCount,
    ])
    data.printSetup.margins = .init(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75)

    var entry = SheetSpec(name: "Entry Form")
    entry.showsGridLines = false
    entry.write(
      .string("Monthly submission"), row: 0, column: 0, format: CellFormat(fontSize: 14, bold: true)
    )
    entry.mergedRanges = [CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 3)]
    entry.autoFilter = CellRange(firstRow: 2, firstColumn: 0, lastRow: 10, lastColumn: 3)
    entry.writeRow(
      ["Category", "Visitors", "Rate", "Date"].map { .string($0) },
      startingAt: CellReference(row: 2, column: 0), format: header)
    entry.dataValidations = [
      DataValidation(
        range: CellRange(firstRow: 3, firstColumn: 0, lastRow: 10, lastColumn: 0),
        rule: .list(["fiksi", "nonfiksi", "anak"]),
        inputMessage: .init(title: "Kategori", text: "Pilih kategori koleksi"),
        errorMessage: .init(title: "Tidak dikenal", text: "Kategori tidak ada di daftar")),
      DataValidation(
        range: CellRange(firstRow: 3, firstColumn: 1, lastRow: 10, lastColumn: 1),
        rule: .wholeNumber(.between(0, 10_000))),
      DataValidation(
        range: CellRange(firstRow: 3, firstColumn: 2, lastRow: 10, lastColumn: 2),
        rule: .decimal(.greaterThanOrEqualTo(0))),
      DataValidation(
        range: CellRange(firstRow: 3, firstColumn: 3, lastRow: 10, lastColumn: 3),
        rule: .dateBetween(
          .init(year: 2024, month: 1, day: 1), .init(year: 2026, month: 12, day: 31))),
    ]

    var charts = SheetSpec(name: "Charts")
    let categories = CellRange(firstRow: 1, firstColumn: 0, lastRow: 4, lastColumn: 0)
    let kpiValues = CellRange(firstRow: 1, firstColumn: 1, lastRow: 4, lastColumn: 1)
    let spentValues = CellRange(firstRow: 1, firstColumn: 2, lastRow: 4, lastColumn: 2)
    let kinds: [(ChartSpec.Kind, ChartSpec.Grouping)] = [
      (.column, .standard), (.column, .stacked), (.column, .percentStacked),
      (.bar, .standard), (.bar, .stacked), (.line, .standard), (.line, .stacked),
      (.area, .standard), (.area, .percentStacked), (.pie, .standard), (.doughnut, .standard),
      (.scatter, .standard),
    ]
    for (index, (kind, grouping)) in kinds.enumerated() {
      var kpi = ChartSeries(
        name: "KPI", sheet: "Data", categories: kind == .scatter ? spentValues : categories,
        values: kpiValues, color: Color(rgb: 0x1F_77B4))
      kpi.nameCell = CellReference(row: 0, column: 1)
      kpi.showsValueLabels = true
      kpi.labelNumberFormat = "0.0"
      var series = [kpi]
      if kind != .pie && kind != .doughnut && kind != .scatter {
        series.append(
          ChartSeries(
            name: "Spent", sheet: "Data", categories: categories, values: spentValues,
            color: Color(rgb: 0xFF_7F0E)))
      } else if kind != .scatter {
        series[0].pointColors = [Color(rgb: 0x2E_7D32), nil, Color(rgb: 0xC6_2828), nil]
        series[0].showsPercentageLabels = kind == .doughnut
      }
      var chart = ChartSpec(
        kind: kind, grouping: grouping, title: "Chart \(index + 1)", series: series,
        anchor: CellReference(row: (index / 2) * 16, column: (index % 2) * 8),
        size: .init(width: 560, height: 300))
      chart.categoryAxisTitle = "Kecamatan"
      chart.valueAxisTitle = "Nilai"
      chart.legend = .right
      chart.gap = 80
      chart.overlap = grouping == .standard ? -10 : 100
      chart.holeSize = 55
      charts.charts.append(chart)
    }

    var workbook = WorkbookSpec(
      sheets: [data, entry, charts],
      properties: DocumentProperties(
        title: "Rekap Ngawi 2026-10", subject: "2026-10", author: "Dinas Perpustakaan",
        created: created, custom: [("pustaka_kind", "report")]))
    workbook.definedNames = [
      DefinedName(name: "District_KPI", sheet: "Data", range: kpiValues)
    ]
    return workbook
  }
}

import PustakaCore
import XLSXWriter

/// The province summary's regencies sheet (*Kabupaten*): one row per regency, ranked by mean
/// KPI, with its rank by IPLM, its usage, budget, staff and volunteer figures, as an Excel
/// table that sorts and filters; the province's totals under it; then the regencies' visits
/// per 1,000 people and budget absorption charted.
package enum ProvinceRegenciesSheet {
  /// The table's columns, with fixed widths (so charts and pages can be placed).
  enum Column: CaseIterable {
    case kpiRank, regency, libraries, reporting, meanKPI, iplm, iplmCategory, iplmRank
    case visitsPer1000, loans, activities, participants, allocated, spent, absorption
    case costPerVisit, staff, trainedStaff, withoutTrainedStaff, volunteers, volunteerHours
  }

  /// The columns' widths in characters, in `Column.allCases` order.
  static let columnWidths: [Double] = [
    9, 26, 11, 9, 9, 8, 14, 9, 12, 11, 10, 10, 18, 18, 9, 12, 9, 9, 12, 9, 10,
  ]

  /// Builds the sheet for `context`'s province.
  package static func build(_ context: ProvinceContext) -> ReportSheet {
    let words = context.labels.province
    var sheet = ReportSheet(name: words.regenciesSheet)
    for (column, width) in columnWidths.enumerated() {
      sheet.setWidth(.fixed(width), column: column)
    }
    let lastColumn = Column.allCases.count - 1
    sheet.addTitle(words.regenciesTitle, subtitle: context.subtitle, across: lastColumn)
    sheet.addNote(words.rankingNote, across: lastColumn, lines: 2)
    sheet.skipRows()
    let headerRow = sheet.nextRow
    let columns = Column.allCases.map { definition($0, context.labels) }
    let rows = context.standing.regencies.map { regency in
      Column.allCases.map { cell($0, regency.statistics, standing: regency, context) }
    }
    let placement = sheet.addTable(columns: columns, rows: rows)
    sheet.edit { spec in
      spec.rowHeights[headerRow] = 60
      spec.frozenPane = CellReference(row: headerRow + 1, column: 2)
    }
    DetailSheets.addExcelTable(
      named: words.regenciesTableName, placement, columns: columns, on: &sheet)
    addTotalRow(context, to: &sheet)
    let flow = PageFlow(columnWidths: columnWidths)
    flow.pinRows(below: sheet.nextRow, in: &sheet)
    // The header repeats only when the table itself runs over a page (a province has at most
    // 38 regencies, which fit one): on the chart pages it would stand over the charts' blocks.
    let tableEnd = sheet.nextRow
    let tableHeight = (0..<tableEnd).reduce(0) { $0 + PageFlow.height(of: $1, in: sheet.spec) }
    let districts = context.labels.districts
    ProvinceCharts.addSections(
      [
        ProvinceCharts.Measure(
          title: words.visitsChartTitle, axisTitle: districts.visitsPer1000,
          format: ReportFormats.ratio, labelFormat: "#,##0.0", axisFormat: "#,##0",
          series: [
            ProvinceCharts.Series(
              caption: districts.visitsPer1000, color: ReportPalette.visitors,
              value: { $0.statistics.figures.visitorsPer1000 })
          ]),
        ProvinceCharts.Measure(
          title: words.absorptionChartTitle, axisTitle: districts.absorption,
          format: ReportFormats.share, labelFormat: "0.0%", axisFormat: "0%",
          series: [
            ProvinceCharts.Series(
              caption: districts.absorption, color: ReportPalette.resources,
              value: { $0.statistics.figures.absorption.map { $0 / 100 } })
          ]),
      ], at: ProvinceCharts.Place(block: 1, chart: 3, last: 13), columnWidths: columnWidths,
      context: context, to: &sheet, flow: flow, sheetName: words.regenciesSheet)
    context.applyPrintSetup(
      to: &sheet, repeatThrough: tableHeight <= flow.pageHeight ? nil : headerRow)
    flow.finish(
      &sheet, closingNote: context.labels.districts.sourceNote(context.input.provenance.toolVersion)
    )
    return sheet
  }

  /// Writes the province's totals under the table, outside it (so sorting the table never
  /// moves them), in the banded style of a total.
  private static func addTotalRow(_ context: ProvinceContext, to sheet: inout ReportSheet) {
    let row = sheet.nextRow
    sheet.edit { spec in
      for (offset, column) in Column.allCases.enumerated() {
        let base = definition(column, context.labels).format
        let value =
          column == .regency
          ? .text(context.labels.province.totalRow(context.placeTitle))
          : cell(column, context.standing.totals, standing: nil, context)
        spec.write(
          value.value, row: row, column: offset,
          format: ReportFormats.banded(value.format ?? base))
      }
    }
    sheet.skipRows(2)
  }

  /// The caption and format of `column`.
  static func definition(_ column: Column, _ labels: ReportLabels) -> ColumnDefinition {
    let districts = labels.districts
    let staff = labels.districtStaff
    let words = labels.province
    let count = ReportFormats.count
    let centred = CellFormat(horizontalAlignment: .center)
    let (caption, format): (String, CellFormat)
    switch column {
    case .kpiRank: (caption, format) = (words.kpiRank, centred)
    case .regency: (caption, format) = (words.regency, ReportFormats.text)
    case .libraries: (caption, format) = (districts.libraries, count)
    case .reporting: (caption, format) = (districts.reporting, count)
    case .meanKPI: (caption, format) = (districts.meanKPI, ReportFormats.score)
    case .iplm: (caption, format) = (districts.iplm, ReportFormats.score)
    case .iplmCategory:
      (caption, format) = (
        districts.iplmCategory, CellFormat(horizontalAlignment: .left, indent: 1)
      )
    case .iplmRank: (caption, format) = (words.iplmRank, centred)
    case .visitsPer1000: (caption, format) = (districts.visitsPer1000, ReportFormats.ratio)
    case .loans: (caption, format) = (districts.loans, count)
    case .activities: (caption, format) = (districts.activities, count)
    case .participants: (caption, format) = (districts.participants, count)
    case .allocated: (caption, format) = (districts.allocated, ReportFormats.money)
    case .spent: (caption, format) = (districts.spent, ReportFormats.money)
    case .absorption: (caption, format) = (districts.absorption, ReportFormats.share)
    case .costPerVisit: (caption, format) = (districts.costPerVisit, ReportFormats.money)
    case .staff: (caption, format) = (staff.staff, count)
    case .trainedStaff: (caption, format) = (staff.trainedStaff, count)
    case .withoutTrainedStaff: (caption, format) = (staff.noTrained, count)
    case .volunteers: (caption, format) = (staff.volunteers, count)
    case .volunteerHours: (caption, format) = (staff.volunteerHours, count)
    }
    let index = Column.allCases.firstIndex(of: column) ?? 0
    return ColumnDefinition(caption, format: format, width: .fixed(columnWidths[index]))
  }

  /// The cell of `column` for a regency's (or the province's) statistics `group`.
  ///
  /// - Parameter standing: The regency's ranks and index; `nil` for the province's total row,
  ///   whose rank and index cells stay empty.
  static func cell(
    _ column: Column, _ group: UsageStatistics.Group, standing: ProvinceStanding.Regency?,
    _ context: ProvinceContext
  ) -> ReportCell {
    let figures = group.figures
    let staffing = figures.staffing
    switch column {
    case .kpiRank: return .count(standing?.kpiRank)
    case .regency: return .text(group.regency)
    case .libraries: return .count(figures.libraries)
    case .reporting: return .count(figures.reporting)
    case .meanKPI: return .number(group.kpi.mean)
    case .iplm: return .number(standing?.literacyIndex?.index)
    case .iplmCategory:
      return standing?.literacyIndex.map {
        .text($0.category.label.text(in: context.options.language))
      } ?? .empty
    case .iplmRank: return .count(standing?.iplmRank)
    case .visitsPer1000: return .number(figures.visitorsPer1000)
    case .loans: return .count(figures.attendance.loans)
    case .activities: return .count(figures.activities.count)
    case .participants: return .count(figures.activities.participants)
    case .allocated: return .number(Double(figures.budget.allocated.amount))
    case .spent: return .number(Double(figures.budget.spent.amount))
    case .absorption: return .number(figures.absorption.map { $0 / 100 })
    case .costPerVisit: return .number(figures.costPerVisit)
    case .staff: return .count(staffing.paidStaff)
    case .trainedStaff: return .count(staffing.trainedStaff)
    case .withoutTrainedStaff: return .count(staffing.withoutTrainedStaff)
    case .volunteers: return .count(staffing.volunteers)
    case .volunteerHours: return .number(staffing.volunteerHours)
    }
  }
}

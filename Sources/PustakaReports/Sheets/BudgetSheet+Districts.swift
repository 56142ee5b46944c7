import PustakaCore
import XLSXWriter

extension BudgetSheet {
  /// The district table: every district of the regency and the regency's total, or in a
  /// district workbook the district, then its and the regency's money per library (never the
  /// regency's totals); money, absorption, cost per visit and per loan, libraries and
  /// reporting libraries.
  static func addDistrictTable(
    layout: Layout, on sheet: inout ReportSheet, context: ReportContext
  ) -> TablePlacement {
    let labels = context.labels.budget
    let words = context.labels.detail
    let columns =
      [ColumnDefinition(words.district)] + moneyColumns(layout, context: context) + [
        ColumnDefinition(labels.costPerVisit, format: ReportFormats.money),
        ColumnDefinition(labels.costPerLoan, format: ReportFormats.money),
        ColumnDefinition(words.libraries, format: ReportFormats.count),
        ColumnDefinition(words.reporting, format: ReportFormats.count),
      ]
    var rows = context.districtStatistics.map { row($0.district ?? "", $0.figures, layout) }
    if context.scope.isDistrict {
      // Allocated and spent, for the period and from January, are sums over the libraries.
      let money: Set<Int> = layout.showsYearToDate ? [1, 2, 4, 5] : [1, 2]
      rows += DetailSheets.perLibraryRows(
        context, columns: columns, additive: money,
        blank: [columns.count - 2, columns.count - 1]
      ) { row($0, $1, layout) }
    } else if let regency = context.regencyStatistics?.figures {
      let title = DetailSheets.regencyTitle(context)
      rows.append(DetailSheets.bandedRow(row(title, regency, layout), columns: columns))
    }
    DetailSheets.keepTogether(
      rows: rows.count + 1, headerPoints: headerPoints, on: &sheet)
    sheet.addHeading("\(labels.byDistrict): \(context.placeTitle)")
    let placement = sheet.addTable(columns: columns, rows: rows)
    DetailSheets.setHeaderHeight(headerPoints, of: placement, on: &sheet)
    return placement
  }

  private static func row(_ name: String, _ figures: UsageFigures, _ layout: Layout)
    -> [ReportCell]
  {
    [ReportCell.text(name)]
      + moneyCells(
        period: (
          figures.budget.allocated, figures.budget.spent, DetailSheets.fraction(figures.absorption)
        ),
        yearToDate: (
          figures.budgetYearToDate.allocated, figures.budgetYearToDate.spent,
          DetailSheets.fraction(figures.absorptionYearToDate)
        ), layout: layout)
      + [
        .number(figures.costPerVisit), .number(figures.costPerLoan), .count(figures.libraries),
        .count(figures.reporting),
      ]
  }

  /// Spending of the period by category for each district (each library in a district
  /// workbook, then its id, as an Excel table), with the total: the numbers of the stacked
  /// spending chart.
  static func addSpendingTable(
    _ breakdown: [DetailSheets.BreakdownEntry], layout: Layout,
    on sheet: inout ReportSheet, context: ReportContext
  ) -> TablePlacement {
    let labels = context.labels.budget
    let words = context.labels.detail
    let heading = spendingHeading(layout: layout, context: context)
    var columns =
      [ColumnDefinition(context.scope.isDistrict ? words.library : words.district)]
      + BudgetCategory.allCases.map {
        ColumnDefinition(labels.name($0), format: ReportFormats.money)
      }
      + [ColumnDefinition(words.total, format: ReportFormats.money)]
    let ids = DetailSheets.breakdownIDs(breakdown)
    if ids != nil {
      columns.append(ColumnDefinition(words.libraryID, format: DetailSheets.indentedText))
    }
    let rows = breakdown.enumerated().map { offset, entry in
      [ReportCell.text(entry.name)]
        + BudgetCategory.allCases.map { .number(Double(entry.figures.budget.spent($0).amount)) }
        + [.number(Double(entry.figures.budget.spent.amount))] + (ids.map { [$0[offset]] } ?? [])
    }
    if DetailSheets.printsLibraryLists(context) {
      DetailSheets.keepTogether(
        rows: min(rows.count, 20) + 1, headerPoints: headerPoints, on: &sheet)
    } else {
      // The stacked chart on the first page draws these figures: the table stays on screen
      // with the per-library list that follows it.
      DetailSheets.endPrintedPart(
        saying: words.screenOnlyChartFiguresAndList(
          heading, libraryListHeading(context)), on: &sheet)
    }
    sheet.addHeading(heading)
    let placement = sheet.addTable(columns: columns, rows: rows)
    DetailSheets.setHeaderHeight(headerPoints, of: placement, on: &sheet)
    if ids != nil {
      DetailSheets.addExcelTable(
        named: "SpendingByLibrary", placement, columns: columns, on: &sheet)
    }
    return placement
  }

  /// The spending table's heading: realisation in the period by category, per district (or
  /// per library in a district workbook).
  static func spendingHeading(layout: Layout, context: ReportContext) -> String {
    let labels = context.labels.budget
    return context.scope.isDistrict
      ? labels.spendingByLibrary(layout.period) : labels.spendingByDistrict(layout.period)
  }
}

import PustakaCore
import XLSXWriter

extension BudgetSheet {
  /// One row of money: allocated, spent and absorbed in the period and from January.
  struct MoneyRow {
    var name: String
    var allocated: Rupiah
    var spent: Rupiah
    /// The engine's absorption as a fraction (0.95 for 95 %).
    var absorption: Double?
    var allocatedYearToDate: Rupiah
    var spentYearToDate: Rupiah
    var absorptionYearToDate: Double?
    /// The regency's absorption from January, beside a district's.
    var regencyAbsorption: Double?

    init(_ context: ReportContext, _ figures: UsageFigures, category: BudgetCategory) {
      name = context.labels.budget.name(category)
      allocated = figures.budget.allocated(category)
      spent = figures.budget.spent(category)
      absorption = DetailSheets.fraction(figures.absorption(category))
      allocatedYearToDate = figures.budgetYearToDate.allocated(category)
      spentYearToDate = figures.budgetYearToDate.spent(category)
      absorptionYearToDate = DetailSheets.fraction(figures.absorption(category, yearToDate: true))
      if context.scope.isDistrict, let regency = context.regencyStatistics?.figures {
        regencyAbsorption = DetailSheets.fraction(regency.absorption(category, yearToDate: true))
      }
    }

    init(_ context: ReportContext, _ figures: UsageFigures, source: FundingSource) {
      name = context.labels.budget.name(source)
      allocated = figures.budget.allocated(source)
      spent = figures.budget.spent(source)
      absorption = DetailSheets.fraction(figures.absorption(source))
      allocatedYearToDate = figures.budgetYearToDate.allocated(source)
      spentYearToDate = figures.budgetYearToDate.spent(source)
      absorptionYearToDate = DetailSheets.fraction(figures.absorption(source, yearToDate: true))
      if context.scope.isDistrict, let regency = context.regencyStatistics?.figures {
        regencyAbsorption = DetailSheets.fraction(regency.absorption(source, yearToDate: true))
      }
    }
  }

  /// The money columns B to D (and E to G from January) with their captions.
  static func moneyColumns(_ layout: Layout, context: ReportContext) -> [ColumnDefinition] {
    let labels = context.labels.budget
    var columns = [
      ColumnDefinition(labels.allocated(layout.period), format: ReportFormats.money),
      ColumnDefinition(labels.spent(layout.period), format: ReportFormats.money),
      ColumnDefinition(labels.absorption(layout.period), format: ReportFormats.share),
    ]
    if layout.showsYearToDate {
      columns += [
        ColumnDefinition(labels.allocated(layout.yearToDate), format: ReportFormats.money),
        ColumnDefinition(labels.spent(layout.yearToDate), format: ReportFormats.money),
        ColumnDefinition(labels.absorption(layout.yearToDate), format: ReportFormats.share),
      ]
    }
    return columns
  }

  /// The money cells of `allocated`, `spent` and `absorption` for the columns of
  /// `moneyColumns`.
  static func moneyCells(
    period: (Rupiah, Rupiah, Double?), yearToDate: (Rupiah, Rupiah, Double?), layout: Layout
  ) -> [ReportCell] {
    var cells: [ReportCell] = [
      .number(Double(period.0.amount)), .number(Double(period.1.amount)), .number(period.2),
    ]
    if layout.showsYearToDate {
      cells += [
        .number(Double(yearToDate.0.amount)), .number(Double(yearToDate.1.amount)),
        .number(yearToDate.2),
      ]
    }
    return cells
  }

  /// A table of money by category or by source, with a totals row: sums, and absorption
  /// computed from the sums, as formulas.
  static func addMoneyTable(
    _ heading: String, caption: String, rows: [MoneyRow], layout: Layout,
    on sheet: inout ReportSheet, context: ReportContext
  ) -> TablePlacement {
    let labels = context.labels.budget
    let showsRegency = rows.contains { $0.regencyAbsorption != nil }
    var columns = [ColumnDefinition(caption)] + moneyColumns(layout, context: context)
    if showsRegency {
      columns.append(
        ColumnDefinition(
          labels.regencyAbsorption(layout.showsYearToDate ? layout.yearToDate : layout.period),
          format: ReportFormats.share))
    }
    DetailSheets.keepTogether(
      rows: rows.count + 2, headerPoints: headerPoints, on: &sheet)
    sheet.addHeading("\(heading): \(context.placeTitle)")
    let firstRow = sheet.nextRow + 1
    var body = rows.map { row in
      [ReportCell.text(row.name)]
        + moneyCells(
          period: (row.allocated, row.spent, row.absorption),
          yearToDate: (row.allocatedYearToDate, row.spentYearToDate, row.absorptionYearToDate),
          layout: layout)
        + (showsRegency ? [.number(row.regencyAbsorption)] : [])
    }
    body.append(
      totalsRow(
        rows: rows, firstRow: firstRow, layout: layout, regency: showsRegency,
        context: context, columns: columns))
    let placement = sheet.addTable(columns: columns, rows: body)
    DetailSheets.setHeaderHeight(headerPoints, of: placement, on: &sheet)
    return placement
  }

  private static func totalsRow(
    rows: [MoneyRow], firstRow: Int, layout: Layout, regency: Bool, context: ReportContext,
    columns: [ColumnDefinition]
  ) -> [ReportCell] {
    let totalRow = firstRow + rows.count
    func sum(_ column: Int, _ value: (MoneyRow) -> Rupiah) -> (ReportCell, Double) {
      let range = CellRange(
        firstRow: firstRow, firstColumn: column, lastRow: totalRow - 1, lastColumn: column)
      let total = rows.reduce(0.0) { $0 + Double(value($1).amount) }
      return (DetailSheets.sum(range, total: total, format: ReportFormats.money), total)
    }
    func share(_ spent: (Int, Double), of allocated: (Int, Double)) -> ReportCell {
      DetailSheets.share(
        (CellReference(row: totalRow, column: spent.0), spent.1),
        of: (CellReference(row: totalRow, column: allocated.0), allocated.1),
        format: ReportFormats.share)
    }
    let allocated = sum(1, \.allocated)
    let spent = sum(2, \.spent)
    var cells = [
      ReportCell.text(context.labels.detail.total), allocated.0, spent.0,
      share((2, spent.1), of: (1, allocated.1)),
    ]
    if layout.showsYearToDate {
      let allocatedYearToDate = sum(4, \.allocatedYearToDate)
      let spentYearToDate = sum(5, \.spentYearToDate)
      cells += [
        allocatedYearToDate.0, spentYearToDate.0,
        share((5, spentYearToDate.1), of: (4, allocatedYearToDate.1)),
      ]
    }
    if regency, let figures = context.regencyStatistics?.figures {
      let total = layout.showsYearToDate ? figures.absorptionYearToDate : figures.absorption
      cells.append(.number(DetailSheets.fraction(total)))
    }
    return DetailSheets.bandedRow(cells, columns: columns)
  }
}

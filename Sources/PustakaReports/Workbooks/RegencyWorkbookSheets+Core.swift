/// The first four sheets of the regency and district workbooks: summary, ranking, districts
/// and indicators, in workbook order.
///
/// The ranking's KPI formulas read the indicators sheet, so the four always travel together.
package enum CoreSheets {
  /// Builds the four sheets for `context`'s scope: `[Summary, Ranking, Districts, Indicators]`.
  package static func build(_ context: ReportContext) -> [ReportSheet] {
    [
      SummarySheet.build(context), RankingSheet.build(context), DistrictsSheet.build(context),
      IndicatorsSheet.build(context),
    ]
  }
}

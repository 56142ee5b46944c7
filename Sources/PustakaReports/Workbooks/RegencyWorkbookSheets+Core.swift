/// The first sheets of the regency and district workbooks: summary, support, ranking,
/// districts and indicators, in workbook order.
///
/// The ranking's KPI formulas read the indicators sheet, so the four always travel together.
package enum CoreSheets {
  /// Builds the sheets for `context`'s scope:
  /// `[Summary, Support, Ranking, Districts, Indicators]`.
  package static func build(_ context: ReportContext) -> [ReportSheet] {
    [
      SummarySheet.build(context), SupportSheet.build(context), RankingSheet.build(context),
      DistrictsSheet.build(context), IndicatorsSheet.build(context),
    ]
  }
}

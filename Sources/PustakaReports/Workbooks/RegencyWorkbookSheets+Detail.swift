/// The detail sheets of a regency or district workbook (reports.md, sheets 5 to 10): trends,
/// budget, collection, activities, data quality and method.
///
/// The workbook assembler puts them after the summary, ranking, districts and indicators
/// sheets. Each builder works for a regency scope and a district scope; a district workbook
/// shows the district's libraries with the regency's figures beside them where they compare.
package enum DetailSheets {
  /// The six sheets in workbook order: Trends, Budget, Collection, Activities, Data quality,
  /// Method.
  package static func build(_ context: ReportContext) -> [ReportSheet] {
    [
      TrendsSheet.build(context), BudgetSheet.build(context), CollectionSheet.build(context),
      ActivitiesSheet.build(context), DataQualitySheet.build(context),
      MethodSheet.build(context),
    ]
  }
}

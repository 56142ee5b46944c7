extension ReportLabels {
  /// English, with `--lang en`.
  package static let english = ReportLabels(
    language: .english,
    summarySheet: "Summary",
    rankingSheet: "Ranking",
    districtsSheet: "Districts",
    indicatorsSheet: "Indicators",
    trendsSheet: "Trends",
    budgetSheet: "Budget",
    collectionSheet: "Collection",
    activitiesSheet: "Activities",
    dataQualitySheet: "Data quality",
    methodSheet: "Method",
    cardSheet: "Report card",
    cardDataSheet: "Chart data",
    workbookTitle: "Village library KPI summary:",
    regencyPrefix: "Regency",
    districtPrefix: "District",
    periodPrefix: "Period",
    page: "Page",
    pageOf: "of",
    missing: "-",
    yes: "yes",
    no: "no"
  )
}

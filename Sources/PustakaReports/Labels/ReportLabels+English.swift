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
    regencyWords: ("", " Regency"),
    districtWords: ("", " District"),
    periodPrefix: "Period",
    monthNames: [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ],
    quarterNames: ["Q1", "Q2", "Q3", "Q4"],
    page: "Page",
    pageOf: "of",
    missing: "-",
    yes: "yes",
    no: "no"
  )
}

import PustakaCore

extension ReportContext {
  /// The months the 12-month KPI covers (`2025-11..2026-10`, fewer where the data is
  /// shorter); `nil` when the report was computed without looking back.
  package var twelveMonthPeriod: Period? {
    input.report.trailingYear?.period
  }

  /// The award list of the scope on the run's basis (`--award-basis`): ranked in the district
  /// for a district workbook, in the regency otherwise.
  package var awardList: AwardList {
    let regency = scope.regencyIndex
    let district = scope.districtIndex
    let places = input.report.places
    return AwardList(input.report, basis: options.awardBasis, rankedByDistrict: scope.isDistrict) {
      library in
      guard let position = places.libraryPositionByID[library.id] else { return false }
      return places.regencyOfLibrary[position] == regency
        && (district.map { places.districtOfLibrary[position] == $0 } ?? true)
    }
  }

  /// A library's 12-month rank within the workbook's scope, when it reported in those months.
  package func twelveMonthScopeRank(of id: LibraryID) -> Int? {
    twelveMonthScores[id].flatMap(scopeRank(of:))
  }
}

import PustakaCore

extension ReportContext {
  /// The months the 12-month KPI covers (`2025-11..2026-10`, fewer where the data is
  /// shorter); `nil` when the report was computed without looking back.
  ///
  /// Not inlined: inlined into `LibraryCard.CardBuilder.addHeadline`, it makes Swift 6.3.1's
  /// release optimizer crash ("Found ownership error", in CopyPropagation).
  package var twelveMonthPeriod: Period? {
    @inline(never) get { input.report.trailingYear?.period }
  }

  /// The award list of the scope on the run's basis (`--award-basis`): ranked in the district
  /// for a district workbook, in the regency otherwise.
  package var awardList: AwardList {
    AwardList(
      input.report, basis: options.awardBasis, rankedByDistrict: scope.isDistrict,
      regency: scope.regencyIndex, inScope: contains)
  }

  /// Whether `library` belongs to the workbook's scope (its regency, or its district).
  package func contains(_ library: VillageLibrary) -> Bool {
    let places = input.report.places
    guard let position = places.libraryPositionByID[library.id] else { return false }
    return places.regencyOfLibrary[position] == scope.regencyIndex
      && (scope.districtIndex.map { places.districtOfLibrary[position] == $0 } ?? true)
  }

  /// A library's 12-month rank within the workbook's scope, when it reported in those months.
  package func twelveMonthScopeRank(of id: LibraryID) -> Int? {
    twelveMonthScores[id].flatMap(scopeRank(of:))
  }
}

extension ReportContext {
  /// The link from this workbook to `id`'s report card, relative to the workbook's folder
  /// (`Perpustakaan/...` from the regency workbook, `../Perpustakaan/...` from a district's),
  /// or `nil` when the run writes no cards.
  package func cardLink(for id: LibraryID) -> String? {
    guard let path = cardPaths[id] else { return nil }
    return scope.isDistrict ? "../" + path : path
  }
}

extension ReportContext {
  /// The libraries of the scope to support first, on the award list's basis.
  package var supportList: SupportList {
    SupportList(
      input.report, basis: options.awardBasis, regency: scope.regencyIndex, inScope: contains)
  }

  /// The village of `library` in its group's spelling (the place directory's).
  package func villageName(of library: VillageLibrary) -> String {
    let places = input.report.places
    guard let position = places.libraryPositionByID[library.id] else { return library.village }
    return places.villageOfLibrary[position]
  }

  /// The district of `library` in its group's spelling (the place directory's).
  package func districtName(of library: VillageLibrary) -> String {
    let places = input.report.places
    guard let position = places.libraryPositionByID[library.id] else { return library.district }
    return places.regencies[places.regencyOfLibrary[position]].districts[
      places.districtOfLibrary[position]
    ].name
  }
}

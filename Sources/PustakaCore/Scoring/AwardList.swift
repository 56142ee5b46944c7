/// The KPI the award list is drawn on (`--award-basis`).
package enum AwardBasis: String, CaseIterable, Sendable {
  /// The reported period's KPI alone.
  case period
  /// The 12-month KPI: the 12 months ending with the period's last month (the default).
  case twelveMonths = "12m"
}

/// The award list (*calon penerima penghargaan*): the best libraries of a regency or
/// district, on the chosen basis, with how often each ranked in the top 10 of the last 12
/// months.
///
/// The first three ranks are listed, more when the third place is shared. Ranks and ties
/// follow `KPIRanking` (KPI at full precision; equal KPIs share a rank and are listed by
/// weighted service points, community points, then name and library id).
package struct AwardList: Hashable, Sendable {
  /// One library on the list.
  package struct Entry: Hashable, Sendable {
    /// The library's score on the list's basis.
    package var score: LibraryScore
    /// Its rank in the list's scope (regency or district) on that basis.
    package var rank: Int
    /// Months of the last 12 in which it ranked within the top 10 of its regency.
    package var monthsInTopTen: Int
  }

  /// The ranks listed: 1 to 3.
  package static let ranksListed = 3

  /// The basis drawn on.
  package var basis: AwardBasis
  /// The period whose KPI ranks the list: the reported period, or the 12 months ending with
  /// its last month.
  package var period: Period
  /// The libraries listed, best first.
  package var entries: [Entry]

  /// The award list of the libraries `inScope` (one regency, or one district of it) of
  /// `report`, drawn on `basis`.
  ///
  /// - Parameters:
  ///   - rankedByDistrict: Whether to rank within the district (a district workbook) rather
  ///     than the regency.
  ///   - regency: The position of the scope's regency in `report.places`, so that only its
  ///     block of the board is looked at (a province run builds hundreds of lists); `nil` to
  ///     look at every library.
  ///   - inScope: Whether a library belongs to the scope.
  /// - Precondition: `report` was computed looking back (it has its `trailingYear`).
  package init(
    _ report: PeriodReport, basis: AwardBasis, rankedByDistrict: Bool, regency: Int? = nil,
    inScope: (VillageLibrary) -> Bool
  ) {
    let (board, trailingYear) = Self.board(of: report, basis: basis)
    self.basis = basis
    period = board.period
    let candidates =
      regency.map { board.scores(ofRegency: $0, in: report.places) } ?? board.libraries[...]
    entries = candidates.compactMap { score -> Entry? in
      guard score.isReporting, inScope(score.library),
        let rank = rankedByDistrict ? score.rankInDistrict : score.rank,
        rank <= Self.ranksListed
      else { return nil }
      return Self.entry(score, rank: rank, in: report, trailingYear)
    }
  }

  /// The award list across province `provinceIndex` (a position in `report.places.provinces`):
  /// its libraries ranked together, whatever their regency, drawn on `basis`.
  ///
  /// Ranks and ties follow `KPIRanking.rankedAcross(_:)`; months in the top ten stay those of
  /// each library's own regency, as on the regency's list.
  ///
  /// - Precondition: `report` was computed looking back (it has its `trailingYear`).
  package init(_ report: PeriodReport, basis: AwardBasis, province provinceIndex: Int) {
    let (board, trailingYear) = Self.board(of: report, basis: basis)
    let places = report.places
    let members = places.provinces[provinceIndex].regencyPositions.flatMap {
      board.scores(ofRegency: $0, in: places)
    }
    self.basis = basis
    period = board.period
    entries = KPIRanking.rankedAcross(members).prefix { $0.rank <= Self.ranksListed }.map {
      Self.entry($0.score, rank: $0.rank, in: report, trailingYear)
    }
  }

  /// The scoreboard `basis` draws on, and the 12 months behind "months in the top 10".
  private static func board(of report: PeriodReport, basis: AwardBasis)
    -> (Scoreboard, TrailingYear)
  {
    guard let trailingYear = report.trailingYear else {
      preconditionFailure("the award list needs a report computed looking back")
    }
    return (basis == .period ? report.scoreboard : trailingYear.scoreboard, trailingYear)
  }

  /// `score` listed at `rank`, with its months in its regency's top 10.
  private static func entry(
    _ score: LibraryScore, rank: Int, in report: PeriodReport, _ trailingYear: TrailingYear
  ) -> Entry {
    guard let position = report.places.libraryPositionByID[score.library.id] else {
      preconditionFailure("a scored library is in the place directory")
    }
    return Entry(
      score: score, rank: rank, monthsInTopTen: trailingYear.monthsInTopTen(libraryAt: position))
  }
}

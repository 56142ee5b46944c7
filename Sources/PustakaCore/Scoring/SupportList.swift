/// The libraries that need support first (*prioritas pembinaan*), each with why: its weakest
/// area, its two weakest indicators and the first step that adds most points.
///
/// Every library with the rubric's lowest grade (D with the built-in grades) is listed, and
/// at least the five lowest-scoring ones when fewer have it, lowest KPI first. Scores are on
/// the award list's basis (`AwardBasis`): by default the 12-month KPI, so that a library is
/// not sent help for what one month shows.
package struct SupportList: Hashable, Sendable {
  /// One library on the list.
  package struct Entry: Hashable, Sendable {
    /// The library's score on the list's basis.
    package var score: LibraryScore
    /// Its area with the lowest sub-score (the first in area order on a tie).
    package var weakestArea: AreaScore?
    /// Its two indicators with the fewest weighted points (the heavier weight first on a tie,
    /// then rubric order).
    package var weakestIndicators: [IndicatorScore]
    /// The change that adds most points: the first of its recommendations.
    package var firstStep: Recommendation?
  }

  /// At least this many libraries are listed when fewer have the lowest grade.
  package static let minimumListed = 5

  /// The basis scored on.
  package var basis: AwardBasis
  /// The period whose scores the list uses.
  package var period: Period
  /// The libraries listed, lowest KPI first.
  package var entries: [Entry]

  /// The support list of the libraries `inScope` of `report`, on `basis`.
  ///
  /// - Parameter regency: The position of the scope's regency in `report.places`, so that only
  ///   its block of the board is looked at; `nil` to look at every library.
  /// - Precondition: `report` was computed looking back (it has its `trailingYear`).
  package init(
    _ report: PeriodReport, basis: AwardBasis, regency: Int? = nil,
    inScope: (VillageLibrary) -> Bool
  ) {
    guard let trailingYear = report.trailingYear else {
      preconditionFailure("the support list needs a report computed looking back")
    }
    self.basis = basis
    let board = basis == .period ? report.scoreboard : trailingYear.scoreboard
    period = board.period
    let lowestGrade = board.rubric.grades.last
    let candidates =
      regency.map { board.scores(ofRegency: $0, in: report.places) } ?? board.libraries[...]
    let ranked = candidates.filter { $0.isReporting && inScope($0.library) }
    let lowestFirst = Array(ranked.reversed())
    var listed = lowestFirst.filter { $0.grade == lowestGrade }
    if listed.count < Self.minimumListed {
      listed = Array(lowestFirst.prefix(Self.minimumListed))
    }
    entries = listed.map(Self.entry)
  }

  private static func entry(_ score: LibraryScore) -> Entry {
    let weakestArea = score.areas.enumerated().min { left, right in
      (left.element.score, left.offset) < (right.element.score, right.offset)
    }?.element
    let weakest = score.indicators.enumerated().sorted { left, right in
      let (a, b) = (left.element, right.element)
      if a.weightedPoints != b.weightedPoints { return a.weightedPoints < b.weightedPoints }
      if a.indicator.weight != b.indicator.weight { return a.indicator.weight > b.indicator.weight }
      return left.offset < right.offset
    }.prefix(2).map(\.element)
    return Entry(
      score: score, weakestArea: weakestArea, weakestIndicators: Array(weakest),
      firstStep: score.recommendations.first)
  }
}

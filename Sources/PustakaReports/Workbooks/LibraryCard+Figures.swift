import PustakaCore

extension LibraryCard {
  /// What one card shows beside the library's own score, gathered without scanning the whole
  /// data set: the library's statistics by its position, its regency's block of the
  /// scoreboard, and its district's scores from the context.
  struct Figures {
    /// The library's score.
    var score: LibraryScore
    /// The library's score in the previous period, when it reported then.
    var previous: LibraryScore?
    /// The library's usage statistics (period figures and 12 months).
    var statistics: UsageStatistics.Group?
    /// The district's name as the place directory spells it.
    var districtName: String
    /// The regency's name as the place directory spells it.
    var regencyName: String
    /// Mean sub-scores of the district's reporting libraries (and how many there are).
    var districtMeans: AreaMeans
    /// Mean sub-scores of the regency's reporting libraries (and how many there are).
    var regencyMeans: AreaMeans
    /// Staff and volunteers of the library's district, for means per library.
    var districtStaff: StaffFigures?
    /// Staff and volunteers of the library's regency, for means per library.
    var regencyStaff: StaffFigures?
    /// The library's score over the 12 months ending with the period's last month, when it
    /// reported in any of them.
    var twelveMonths: LibraryScore?
    /// Reporting libraries ranked on the 12-month KPI in the library's regency.
    var twelveMonthRanked: Int

    /// Gathers the figures of `score`'s card from `context`, the library's district context.
    ///
    /// Cost: the regency's libraries once (for the regency means), nothing per other library
    /// of the data set.
    init(score: LibraryScore, context: ReportContext) {
      self.score = score
      let report = context.input.report
      let places = report.places
      let id = score.library.id
      previous = context.previousScores[id].flatMap { $0.isReporting ? $0 : nil }
      twelveMonths = context.twelveMonthScores[id]
      twelveMonthRanked = 0
      districtStaff = nil
      regencyStaff = nil
      guard let position = places.libraryPositionByID[id] else {
        // Not in the directory: compare with the context's own scope only.
        statistics = nil
        districtName = context.scope.districtName ?? score.library.district
        regencyName = context.scope.regencyName
        districtMeans = AreaMeans(context.scores)
        regencyMeans = AreaMeans(context.scores)
        return
      }
      let regency = places.regencyOfLibrary[position]
      let district = places.districtOfLibrary[position]
      statistics = report.statistics.library(at: position).flatMap {
        $0.library?.id == id ? $0 : nil
      }
      regencyName = places.regencies[regency].name
      districtName = places.regencies[regency].districts[district].name
      districtStaff =
        report.statistics.district(district, ofRegency: regency, in: places)?
        .figures.staffing
      regencyStaff = report.statistics.regency(regency)?.figures.staffing
      if let board = report.trailingYear?.scoreboard {
        twelveMonthRanked =
          board.scores(ofRegency: regency, in: places).filter(\.isReporting)
          .count
      }
      let regencyScores = report.scoreboard.scores(ofRegency: regency, in: places)
      regencyMeans = AreaMeans(regencyScores)
      if context.scope.regencyIndex == regency && context.scope.districtIndex == district {
        districtMeans = AreaMeans(context.scores)
      } else {
        districtMeans = AreaMeans(
          regencyScores.filter { other in
            places.libraryPositionByID[other.library.id].map {
              places.districtOfLibrary[$0] == district
            } ?? false
          })
      }
    }

    /// The library's last 12 months, oldest first (empty without statistics).
    var months: [MonthlyPoint] { statistics?.series.months ?? [] }

    /// The latest of the 12 months with an attendance report, if any.
    var lastMonthReported: MonthlyPoint? { months.last { $0.reporting > 0 } }
  }
}

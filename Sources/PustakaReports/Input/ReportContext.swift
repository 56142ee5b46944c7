import Foundation
import PustakaCore
import XLSXWriter

/// What every sheet builder works from: the input, the scope, the options and the labels,
/// with the engine's results already narrowed to the scope.
package struct ReportContext: Sendable {
  /// The run's input.
  package let input: ReportInput
  /// The libraries covered.
  package let scope: ReportScope
  /// Language, office and creation time.
  package let options: ReportOptions
  /// The fixed texts in the workbook's language.
  package let labels: ReportLabels
  /// The scope's library scores in ranking order: reporting libraries by rank, then the
  /// non-reporting ones.
  package let scores: [LibraryScore]
  /// The same scores in the order people look libraries up: by district in the place
  /// directory's order, then by name (ignoring case), then by id.
  ///
  /// Stored, because most detail sheets list the libraries so and sorting them again for each
  /// sheet cost more than building the sheet.
  package let scoresByDistrict: [LibraryScore]
  /// The same libraries' scores in the previous period, by library id.
  package let previousScores: [LibraryID: LibraryScore]
  /// The same libraries' 12-month scores (`TrailingYear`), by library id; only those that
  /// reported in any of the 12 months.
  package let twelveMonthScores: [LibraryID: LibraryScore]
  /// The report cards the run writes, by library id: each card's path inside the period
  /// folder (`Perpustakaan/NGW-001-2026-10.xlsx`); empty when no cards are written.
  package var cardPaths: [LibraryID: String] = [:]
  /// The mean sub-scores and indicator points of the whole regency's reporting libraries:
  /// the comparison rows of a district workbook.
  ///
  /// Stored rather than computed on use, so that a regency's district workbooks share the one
  /// its plan computes instead of each averaging the regency again for every sheet.
  package let regencyAverages: ScoreAverages

  /// Narrows `input` to `scope`.
  ///
  /// - Parameter regencyAverages: The regency's averages when the caller already has them
  ///   (from the regency's own context); computed from the board when `nil`.
  package init(
    input: ReportInput, scope: ReportScope, options: ReportOptions,
    regencyAverages: ScoreAverages? = nil
  ) {
    self.input = input
    self.scope = scope
    self.options = options
    labels = .of(options.language)
    scores = Self.scores(in: input.report.scoreboard, scope: scope, places: input.report.places)
    scoresByDistrict = Self.byDistrict(scores, places: input.report.places)
    self.regencyAverages =
      regencyAverages ?? Self.averages(ofRegency: scope.regencyIndex, in: input.report)
    var previous: [LibraryID: LibraryScore] = [:]
    if let previousReport = input.previous {
      for score in Self.scores(
        in: previousReport.scoreboard, scope: scope, places: previousReport.places)
      {
        previous[score.library.id] = score
      }
    }
    previousScores = previous
    var twelveMonths: [LibraryID: LibraryScore] = [:]
    if let board = input.report.trailingYear?.scoreboard {
      for score in Self.scores(in: board, scope: scope, places: input.report.places)
      where score.isReporting {
        twelveMonths[score.library.id] = score
      }
    }
    twelveMonthScores = twelveMonths
  }

  /// The scope's scores in board order, taken from the regency's block of the board (the
  /// board keeps each regency's libraries together), never by scanning the whole board: a
  /// province run builds hundreds of contexts.
  private static func scores(
    in board: Scoreboard, scope: ReportScope, places: PlaceDirectory
  ) -> [LibraryScore] {
    let regency = board.scores(ofRegency: scope.regencyIndex, in: places)
    guard let district = scope.districtIndex else { return Array(regency) }
    return regency.filter { score in
      places.libraryPositionByID[score.library.id].map {
        places.districtOfLibrary[$0] == district
      } ?? false
    }
  }

  /// `scores` by district in `places`' order, then by name ignoring case, then by name and
  /// id: each library's sort key worked out once.
  private static func byDistrict(_ scores: [LibraryScore], places: PlaceDirectory)
    -> [LibraryScore]
  {
    let keyed = scores.map { score in
      let position = places.libraryPositionByID[score.library.id]
      let district = position.map { places.districtOfLibrary[$0] } ?? Int.max
      return (
        key: (district, score.library.name.lowercased(), score.library.name, score.library.id),
        score: score
      )
    }
    return keyed.sorted { $0.key < $1.key }.map(\.score)
  }

  /// The averages of the regency at `regencyIndex`, from its block of the board.
  private static func averages(ofRegency regencyIndex: Int, in report: PeriodReport)
    -> ScoreAverages
  {
    ScoreAverages(Array(report.scoreboard.scores(ofRegency: regencyIndex, in: report.places)))
  }

  // MARK: - Results narrowed to the scope

  /// The reported period.
  package var period: Period { input.report.period }

  /// The rubric used.
  package var rubric: Rubric { input.report.rubric }

  /// The scope's reporting libraries, by rank.
  package var reporting: [LibraryScore] { scores.filter(\.isReporting) }

  /// The scope's libraries that did not report.
  package var notReporting: [LibraryScore] { scores.filter { !$0.isReporting } }

  /// The scope's statistics: the district's for a district workbook, else the regency's.
  package var scopeStatistics: UsageStatistics.Group? {
    statistics(in: input.report, district: scope.districtName)
  }

  /// The whole regency's statistics (the comparison figures in a district workbook).
  package var regencyStatistics: UsageStatistics.Group? {
    statistics(in: input.report, district: nil)
  }

  /// The scope's statistics in the previous period.
  package var previousScopeStatistics: UsageStatistics.Group? {
    input.previous.flatMap { statistics(in: $0, district: scope.districtName) }
  }

  /// The statistics of every district of the scope (one for a district workbook), in the
  /// order of the place directory.
  package var districtStatistics: [UsageStatistics.Group] {
    input.report.statistics.districts.filter { group in
      group.regency == scope.regencyName
        && (scope.districtName == nil || group.district == scope.districtName)
    }
  }

  /// The statistics of each library of the scope, by library id.
  ///
  /// Looked up by data-set position for the scope's own libraries, never by scanning every
  /// library's statistics: a province run asks for these in each of its hundreds of workbooks.
  package var libraryStatistics: [LibraryID: UsageStatistics.Group] {
    let report = input.report
    var result: [LibraryID: UsageStatistics.Group] = [:]
    result.reserveCapacity(scores.count)
    for score in scores {
      let id = score.library.id
      guard let position = report.places.libraryPositionByID[id],
        let group = report.statistics.library(at: position), group.library?.id == id
      else { continue }
      result[id] = group
    }
    return result
  }

  /// The literacy index entries of the scope's districts.
  package var literacyIndex: [IPLMEntry] {
    input.report.literacyIndex.districts.filter { entry in
      entry.regency == scope.regencyName
        && (scope.districtName == nil || entry.district == scope.districtName)
    }
  }

  private func statistics(in report: PeriodReport, district: String?) -> UsageStatistics.Group? {
    let groups = district == nil ? report.statistics.regencies : report.statistics.districts
    return groups.first { $0.regency == scope.regencyName && $0.district == district }
  }

  // MARK: - Texts

  /// `text` in the workbook's language.
  package func text(_ text: LocalizedText) -> String {
    text.text(in: options.language)
  }

  /// "Kabupaten Ngawi" or, for a district workbook, "Kecamatan Paron, Kabupaten Ngawi".
  package var placeTitle: String {
    let regency = labels.regencyTitle(scope.regencyName)
    guard let district = scope.districtName else { return regency }
    return "\(labels.districtTitle(district)), \(regency)"
  }

  /// The subtitle under every sheet title: place and period.
  package var subtitle: String {
    "\(placeTitle) · \(labels.periodPrefix) \(labels.periodInWords(period))"
  }

  /// Adds the shared print setup to `sheet`, repeating rows up to `repeatThrough`.
  package func applyPrintSetup(to sheet: inout ReportSheet, repeatThrough: Int?) {
    sheet.applyPrintSetup(
      headerText: subtitle, pageLabel: labels.page, ofLabel: labels.pageOf,
      repeatThrough: repeatThrough)
  }
}

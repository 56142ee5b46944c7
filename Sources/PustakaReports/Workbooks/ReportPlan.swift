import PustakaCore
import XLSXWriter

/// The workbooks one regency's run writes, with their paths inside the period folder.
///
/// ```
/// Rekap-<Regency>-<period>.xlsx
/// Kecamatan/<District>-<period>.xlsx
/// Perpustakaan/<library_id>-<period>.xlsx
/// ```
/// Names come from the data, so each part goes through `SafeFileName` and is made unique
/// (compared ignoring case, as Windows and macOS file systems do) by appending `-2`, `-3`.
/// Workbooks are listed regency first, then districts in place-directory order, then cards in
/// ranking order; building each is left to `build(_:)` so workers can build in parallel.
package struct ReportPlan: Sendable {
  /// One workbook to write.
  package struct Entry: Sendable {
    /// The path inside the period folder, with `/`.
    package var path: String
    /// What the workbook is.
    package var kind: Kind
  }

  /// What a planned workbook is.
  package enum Kind: Sendable {
    /// The regency summary.
    case regency
    /// A district workbook: the district's position in the regency.
    case district(Int)
    /// A library's report card: its position in the regency context's `scores`.
    case card(Int)
  }

  /// The workbooks, in writing order.
  package let entries: [Entry]
  private let regencyContext: ReportContext
  private let districtContexts: [ReportContext]
  private let districtOfScore: [Int]

  /// Plans the workbooks of regency `regencyIndex`.
  package init(
    input: ReportInput, regencyIndex: Int, options: ReportOptions, includeCards: Bool
  ) {
    let places = input.report.places
    let period = input.report.period.description
    var regency = ReportContext(
      input: input, scope: .regency(regencyIndex, in: places), options: options)
    var cardPaths: [LibraryID: String] = [:]
    if includeCards {
      var cardNames = UniqueNames()
      for score in regency.scores {
        let name = cardNames.unique(SafeFileName.make(score.library.id.rawValue))
        cardPaths[score.library.id] = "Perpustakaan/\(name)-\(period).xlsx"
      }
    }
    regency.cardPaths = cardPaths
    regencyContext = regency
    let districts = places.regencies[regencyIndex].districts.indices.map { district in
      var context = ReportContext(
        input: input, scope: .district(district, ofRegency: regencyIndex, in: places),
        options: options, regencyAverages: regency.regencyAverages)
      context.cardPaths = cardPaths
      return context
    }
    districtContexts = districts
    var names = UniqueNames()
    var entries = [
      Entry(
        path: "Rekap-\(names.unique(SafeFileName.make(regency.scope.regencyName)))-\(period).xlsx",
        kind: .regency)
    ]
    var districtNames = UniqueNames()
    for (index, context) in districts.enumerated() {
      let name = districtNames.unique(SafeFileName.make(context.scope.districtName ?? ""))
      entries.append(Entry(path: "Kecamatan/\(name)-\(period).xlsx", kind: .district(index)))
    }
    var districtOfScore: [Int] = []
    if includeCards {
      for (position, score) in regency.scores.enumerated() {
        guard let path = cardPaths[score.library.id] else {
          preconditionFailure("every scored library has a card path")
        }
        entries.append(Entry(path: path, kind: .card(position)))
        guard let libraryPosition = places.libraryPositionByID[score.library.id] else {
          // Scores are made from the place directory's libraries; never guess a district.
          preconditionFailure("library '\(score.library.id.rawValue)' is not in the directory")
        }
        districtOfScore.append(places.districtOfLibrary[libraryPosition])
      }
    }
    self.entries = entries
    self.districtOfScore = districtOfScore
  }

  /// The regency-wide context (ranking order, statistics), for the run's CSV files.
  package var regency: ReportContext { regencyContext }

  /// Builds the workbook of `entry`.
  package func build(_ entry: Entry) -> WorkbookSpec {
    switch entry.kind {
    case .regency:
      return RegencyWorkbook.workbook(regencyContext)
    case .district(let index):
      return RegencyWorkbook.workbook(districtContexts[index])
    case .card(let position):
      let score = regencyContext.scores[position]
      return LibraryCard.workbook(
        for: score, context: districtContexts[districtOfScore[position]])
    }
  }
}

/// Makes names unique ignoring case by appending `-2`, `-3` ...
package struct UniqueNames {
  private var taken: Set<String> = []

  /// Creates an empty set of names.
  package init() {}

  /// The name itself when it is new (ignoring case), else the name with `-2`, `-3` appended.
  package mutating func unique(_ name: String) -> String {
    var candidate = name
    var counter = 2
    while taken.contains(candidate.lowercased()) {
      candidate = "\(name)-\(counter)"
      counter += 1
    }
    taken.insert(candidate.lowercased())
    return candidate
  }
}

import PustakaCore

extension DetailSheets {
  /// One bar of a detail sheet's breakdown chart and one row of the table it draws: a
  /// district of the regency or, in a district workbook, a library of the district.
  struct BreakdownEntry {
    /// The district's or library's name.
    let name: String
    /// The library's id; `nil` for a district.
    let libraryID: LibraryID?
    /// Its figures for the period.
    let figures: UsageFigures
  }

  /// The districts of the scope (a regency workbook) or the libraries of the district (a
  /// district workbook, by district and name), with their figures.
  static func breakdown(_ context: ReportContext) -> [BreakdownEntry] {
    guard context.scope.isDistrict else {
      return context.districtStatistics.map {
        BreakdownEntry(name: $0.district ?? "", libraryID: nil, figures: $0.figures)
      }
    }
    let statistics = context.libraryStatistics
    return context.scoresByDistrict.compactMap { score in
      statistics[score.library.id].map {
        BreakdownEntry(name: score.library.name, libraryID: score.library.id, figures: $0.figures)
      }
    }
  }

  /// The id column a breakdown table of libraries ends with, and the Excel table that makes
  /// it a list to sort and filter; nothing for districts.
  ///
  /// - Returns: The id cells of `entries`, or `nil` when they are districts.
  static func breakdownIDs(_ entries: [BreakdownEntry]) -> [ReportCell]? {
    let ids = entries.compactMap(\.libraryID)
    guard !ids.isEmpty, ids.count == entries.count else { return nil }
    return ids.map { .text($0.rawValue) }
  }
}

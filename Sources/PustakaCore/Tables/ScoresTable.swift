/// The `scores.csv` table of reports.md: one row per library.
///
/// Columns: `library_id, name, village, district, regency, reporting, kpi, grade, rank,
/// rank_in_district, points, development, service, resources, community, kpi_12m, grade_12m,
/// rank_12m`, then `<key>_value, <key>_points` per rubric indicator in rubric order. The
/// `_12m` columns score the 12 months ending with the period's last month (`TrailingYear`),
/// empty for a library that reported in none of them. Values are the rounded
/// values the thresholds saw; KPI and sub-scores are at full precision. Non-reporting
/// libraries have `reporting` = `false` and the score columns empty. Places show their group's
/// spelling (that of the group's first row).
package enum ScoresTable {
  /// The table of `report`'s scoreboard, in scoreboard order.
  package static func table(_ report: PeriodReport) -> TextTable {
    table(report.scoreboard, twelveMonths: report.trailingYear?.scoreboard, places: report.places)
  }

  /// The table of `scoreboard`, whose libraries `places` groups, with the 12-month scores of
  /// `twelveMonths` (the columns left empty without it).
  package static func table(
    _ scoreboard: Scoreboard, twelveMonths: Scoreboard?, places: PlaceDirectory
  ) -> TextTable {
    let indicators = scoreboard.rubric.indicators
    var header = [
      "library_id", "name", "village", "district", "regency", "reporting", "kpi", "grade", "rank",
      "rank_in_district", "points",
    ]
    header += KPIArea.allCases.map(\.rawValue)
    header += ["kpi_12m", "grade_12m", "rank_12m"]
    var yearScores: [LibraryID: LibraryScore] = [:]
    for score in twelveMonths?.libraries ?? [] where score.isReporting {
      yearScores[score.library.id] = score
    }
    for indicator in indicators {
      header += [indicator.key.key + "_value", indicator.key.key + "_points"]
    }
    let positions = places.libraryPositionByID
    let rows = scoreboard.libraries.map { score -> [TextTable.Cell] in
      let library = score.library
      let position = positions[library.id]
      let regency = position.map { places.regencies[places.regencyOfLibrary[$0]] }
      let district = position.flatMap { position in
        regency.map { $0.districts[places.districtOfLibrary[position]].name }
      }
      var row: [TextTable.Cell] = [
        .text(library.id.rawValue), .text(library.name),
        .text(position.map { places.villageOfLibrary[$0] } ?? library.village),
        .text(district ?? library.district), .text(regency?.name ?? library.regency),
        .boolean(score.isReporting),
      ]
      guard score.isReporting else {
        return row + Array(repeating: .empty, count: header.count - row.count)
      }
      row += [
        .number(score.kpi), .text(score.grade?.grade), .integer(score.rank),
        .integer(score.rankInDistrict), .integer(score.points),
      ]
      row += KPIArea.allCases.map { .number(score.areaScore($0)?.score) }
      let year = yearScores[library.id]
      row += [.number(year?.kpi), .text(year?.grade?.grade), .integer(year?.rank)]
      for indicator in indicators {
        let scored = score.indicator(indicator.key)
        row += [.number(scored?.measurement.value), .integer(scored?.points)]
      }
      return row
    }
    return TextTable(header: header, rows: rows)
  }
}

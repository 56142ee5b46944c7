/// Ranks libraries by KPI (*pemeringkatan*), within each regency and each district.
///
/// Highest KPI (full precision) first, standard competition ranking: equal KPIs share a rank
/// and the next rank is skipped (1, 2, 2, 4). Listing order within a tie: more weighted points
/// in `service`, then in `community`, then the name lower-cased, then the name exactly, then
/// the library id. Rank in district uses the same order within the district.
package enum KPIRanking {
  /// `scores` (in data set order) ranked: per regency in order of first appearance, the
  /// reporting libraries in ranking order with `rank` and `rankInDistrict` set, then the
  /// non-reporting ones in data order.
  package static func rank(_ scores: [LibraryScore], places: PlaceDirectory) -> [LibraryScore] {
    precondition(scores.count == places.regencyOfLibrary.count, "one score per library")
    let keys = scores.map(SortKey.init)
    var result: [LibraryScore] = []
    result.reserveCapacity(scores.count)
    for regency in places.regencies {
      let members = regency.libraryPositions
      let ranked = members.filter { scores[$0].isReporting }.sorted { keys[$0] < keys[$1] }
      let ranks = competitionRanks(ranked.map { keys[$0].kpi })
      var byDistrict = [[Int]](repeating: [], count: regency.districts.count)
      for position in ranked { byDistrict[places.districtOfLibrary[position]].append(position) }
      var districtRanks: [Int: Int] = [:]
      for inDistrict in byDistrict {
        for (position, rank) in zip(inDistrict, competitionRanks(inDistrict.map { keys[$0].kpi })) {
          districtRanks[position] = rank
        }
      }
      for (offset, position) in ranked.enumerated() {
        var score = scores[position]
        score.rank = ranks[offset]
        score.rankInDistrict = districtRanks[position]
        result.append(score)
      }
      for position in members where !scores[position].isReporting {
        result.append(scores[position])
      }
    }
    return result
  }

  /// The reporting libraries of `scores` (from any regencies) in ranking order, each with its
  /// standard competition rank among them: the order and ties of `rank(_:places:)`, across
  /// the set given (a province's award list).
  package static func rankedAcross(_ scores: [LibraryScore]) -> [(score: LibraryScore, rank: Int)] {
    let reporting = scores.filter(\.isReporting).map { (score: $0, key: SortKey($0)) }
      .sorted { $0.key < $1.key }
    let ranks = competitionRanks(reporting.map(\.key.kpi))
    return zip(reporting, ranks).map { (score: $0.score, rank: $1) }
  }

  /// Standard competition ranks of KPIs already in descending order: `[90, 80, 80, 70]` gives
  /// `[1, 2, 2, 4]`.
  package static func competitionRanks(_ sortedKPIs: [Double]) -> [Int] {
    var ranks: [Int] = []
    ranks.reserveCapacity(sortedKPIs.count)
    for (offset, kpi) in sortedKPIs.enumerated() {
      if offset > 0, sortedKPIs[offset - 1] == kpi {
        ranks.append(ranks[offset - 1])
      } else {
        ranks.append(offset + 1)
      }
    }
    return ranks
  }

  /// The listing order of a reporting library, computed once per library.
  private struct SortKey: Comparable {
    var kpi: Double
    var service: Double
    var community: Double
    var foldedName: String
    var name: String
    var id: LibraryID

    init(_ score: LibraryScore) {
      kpi = score.kpi ?? -.infinity
      service = score.areaScore(.service)?.weightedPoints ?? 0
      community = score.areaScore(.community)?.weightedPoints ?? 0
      foldedName = score.library.name.lowercased()
      name = score.library.name
      id = score.library.id
    }

    static func < (lhs: SortKey, rhs: SortKey) -> Bool {
      if lhs.kpi != rhs.kpi { return lhs.kpi > rhs.kpi }
      if lhs.service != rhs.service { return lhs.service > rhs.service }
      if lhs.community != rhs.community { return lhs.community > rhs.community }
      if lhs.foldedName != rhs.foldedName { return lhs.foldedName < rhs.foldedName }
      if lhs.name != rhs.name { return lhs.name < rhs.name }
      return lhs.id < rhs.id
    }
  }
}

/// The regencies of one province placed against each other (the province summary): each
/// ranked by the mean KPI of its reporting libraries and by its literacy index (IPLM), with
/// the province's own figures.
///
/// Ranks are standard competition ranks (equal values share a rank: 1, 2, 2, 4) on full
/// precision. A regency without a reporting library has no KPI rank, and one without an
/// index (the data holds a single regency) no IPLM rank.
package struct ProvinceStanding: Hashable, Sendable {
  /// One regency of the province.
  package struct Regency: Hashable, Sendable {
    /// Its position in `PlaceDirectory.regencies`.
    package var position: Int
    /// Its statistics for the period.
    package var statistics: UsageStatistics.Group
    /// Its literacy index, normalised across the data's regencies.
    package var literacyIndex: IPLMEntry?
    /// Its rank by mean KPI among the province's regencies.
    package var kpiRank: Int?
    /// Its rank by literacy index among the province's regencies.
    package var iplmRank: Int?
  }

  /// The province's name as first spelt; `nil` for the regencies whose rows name none.
  package var name: String?
  /// The province's regencies by KPI rank (ties by index, then name), the unranked last in
  /// the order of the place directory.
  package var regencies: [Regency]
  /// The province's figures: the sums over all its libraries.
  package var totals: UsageStatistics.Group

  /// The standing of province `provinceIndex` (a position in `report.places.provinces`).
  ///
  /// - Precondition: the data holds more than one regency (`UsageStatistics.provinces` is
  ///   computed only then).
  package init(_ report: PeriodReport, province provinceIndex: Int) {
    let places = report.places
    precondition(places.holdsSeveralRegencies, "a province summary needs several regencies")
    let province = places.provinces[provinceIndex]
    name = province.name
    totals = report.statistics.provinces[provinceIndex]
    let indexes = report.literacyIndex.regencies
    var regencies = province.regencyPositions.map { position in
      Regency(
        position: position, statistics: report.statistics.regencies[position],
        literacyIndex: indexes.indices.contains(position) ? indexes[position] : nil)
    }
    Self.assignRanks(
      of: &regencies, by: { $0.statistics.kpi.mean }, into: \.kpiRank)
    Self.assignRanks(
      of: &regencies, by: { $0.literacyIndex?.index }, into: \.iplmRank)
    self.regencies = regencies.enumerated().sorted { left, right in
      switch (left.element.kpiRank, right.element.kpiRank) {
      case (let leftRank?, let rightRank?):
        if leftRank != rightRank { return leftRank < rightRank }
        let leftIndex = left.element.literacyIndex?.index ?? -1
        let rightIndex = right.element.literacyIndex?.index ?? -1
        if leftIndex != rightIndex { return leftIndex > rightIndex }
        let leftName = left.element.statistics.regency.lowercased()
        let rightName = right.element.statistics.regency.lowercased()
        if leftName != rightName { return leftName < rightName }
        return left.offset < right.offset
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return left.offset < right.offset
      }
    }.map(\.element)
  }

  /// Sets `rank` of every regency with a value: competition ranks, highest value first.
  private static func assignRanks(
    of regencies: inout [Regency], by value: (Regency) -> Double?,
    into rank: WritableKeyPath<Regency, Int?>
  ) {
    let ranked = regencies.indices.compactMap { offset in
      value(regencies[offset]).map { (offset: offset, value: $0) }
    }.sorted { $0.value > $1.value }
    for (entry, position) in zip(ranked, KPIRanking.competitionRanks(ranked.map(\.value))) {
      regencies[entry.offset][keyPath: rank] = position
    }
  }
}

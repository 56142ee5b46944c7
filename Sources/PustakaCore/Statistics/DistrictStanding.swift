/// Where one district stands among its regency's districts (*peringkat kecamatan*): its rank
/// by mean KPI and by literacy index (IPLM), each out of the districts that have the figure.
///
/// Highest first, standard competition ranking: districts with equal values share a rank and
/// the next rank is skipped (1, 2, 2, 4), compared at full precision. A district without the
/// figure (no reporting library, no index) has no rank and is not counted. Example: mean KPIs
/// 71.5, 64.2, 64.2 and 50 rank 1, 2, 2 and 4 of 4.
package struct DistrictStanding: Hashable, Sendable {
  /// The rank by mean KPI, 1 for the highest; `nil` when the district has no mean KPI.
  package var kpiRank: Int?
  /// The districts that have a mean KPI.
  package var rankedByKPI: Int
  /// The rank by IPLM, 1 for the highest; `nil` when the district has no index.
  package var iplmRank: Int?
  /// The districts that have an index.
  package var rankedByIPLM: Int

  /// The standing of `district` among `districts` (the regency's district groups) and the
  /// regency's district literacy index entries `literacy`.
  package init(district: String, districts: [UsageStatistics.Group], literacy: [IPLMEntry]) {
    let kpis = districts.map(\.kpi.mean)
    let own = districts.first { $0.district == district }?.kpi.mean
    (kpiRank, rankedByKPI) = Self.rank(of: own, among: kpis)
    let indexes = literacy.map { Optional($0.index) }
    let ownIndex = literacy.first { $0.district == district }?.index
    (iplmRank, rankedByIPLM) = Self.rank(of: ownIndex, among: indexes)
  }

  /// The competition rank of `value` among `values` (highest first), and how many of
  /// `values` are present; no rank for a missing `value`.
  package static func rank(of value: Double?, among values: [Double?]) -> (rank: Int?, of: Int) {
    let present = values.compactMap { $0 }
    guard let value else { return (nil, present.count) }
    return (1 + present.filter { $0 > value }.count, present.count)
  }
}

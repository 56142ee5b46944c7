/// The KPIs of a group's reporting libraries summarised: count, mean, lowest, highest.
///
/// Non-reporting libraries are left out. Example: 81.25, 80 and 47.5 give a mean of 69.5833...,
/// minimum 47.5, maximum 81.25. All `nil` when no library reports.
package struct KPISummary: Hashable, Sendable {
  /// Reporting libraries counted.
  package var count: Int
  /// The mean KPI (full precision).
  package var mean: Double?
  /// The lowest KPI.
  package var minimum: Double?
  /// The highest KPI.
  package var maximum: Double?

  /// Summarises the KPIs of `scores` (non-reporting ones are skipped).
  package init(_ scores: [LibraryScore]) {
    self.init(kpis: scores.compactMap(\.kpi))
  }

  /// Summarises `kpis`, those of the reporting libraries.
  package init(kpis: [Double]) {
    count = kpis.count
    mean = kpis.isEmpty ? nil : kpis.reduce(0, +) / Double(kpis.count)
    minimum = kpis.min()
    maximum = kpis.max()
  }
}

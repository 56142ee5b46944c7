/// The mean sub-score of each area over a group's reporting libraries (*rata-rata nilai
/// bidang*), for comparing one library with its district and regency.
///
/// `mean(area) = sum of the libraries' area sub-scores / number of reporting libraries`, each
/// sub-score from 0 to 100 at full precision (`AreaScore.score`); non-reporting libraries are
/// left out, as in `KPISummary`. Example: development sub-scores 80, 60 and 45 give a mean of
/// 61.6666...; with no reporting library every mean is `nil`.
package struct AreaMeans: Hashable, Sendable {
  /// Reporting libraries counted.
  package var count: Int
  /// The mean sub-score of each area that at least one counted library has.
  package var means: [KPIArea: Double]

  /// Averages the area sub-scores of the reporting libraries among `scores`.
  package init(_ scores: some Sequence<LibraryScore>) {
    var count = 0
    var sums: [KPIArea: Double] = [:]
    var counts: [KPIArea: Int] = [:]
    for score in scores where score.isReporting {
      count += 1
      for area in score.areas {
        sums[area.area, default: 0] += area.score
        counts[area.area, default: 0] += 1
      }
    }
    self.count = count
    var means: [KPIArea: Double] = [:]
    for (area, sum) in sums {
      if let divisor = counts[area], divisor > 0 { means[area] = sum / Double(divisor) }
    }
    self.means = means
  }

  /// The mean sub-score of `area`, or `nil` when no counted library has one.
  package func mean(_ area: KPIArea) -> Double? { means[area] }
}

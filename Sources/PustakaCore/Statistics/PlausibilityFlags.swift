/// Figures of one library that are possible but unlikely, for the data-quality sheet to list
/// so that someone checks them with the library before the meeting (reports.md, Kualitas
/// Data): absorption in the period above 110 % or below 50 %, absorption from January behind
/// the pace of the year, and cost per visit or collection turnover far outside the other
/// libraries'.
///
/// A flag is a question, not a verdict: a library may rightly spend a grant that arrived the
/// month before. Scores are not changed.
package struct PlausibilityFlag: Hashable, Sendable {
  /// What looks unlikely.
  package enum Kind: Hashable, Sendable, CaseIterable {
    /// Absorption in the period above `PlausibilityFlags.highAbsorption`.
    case absorptionHigh
    /// Absorption in the period below `PlausibilityFlags.lowAbsorption`.
    case absorptionLow
    /// Absorption from January below the share of the year gone (month / 12).
    case behindPace
    /// Cost per visit beyond the outer fences of all libraries' values.
    case costPerVisitOutlier
    /// Loans per copy a year beyond the outer fences of all libraries' values.
    case turnoverOutlier

    /// Whether the flag compares the library with the others, rather than with a fixed
    /// limit.
    package var isOutlier: Bool { self == .costPerVisitOutlier || self == .turnoverOutlier }
  }

  /// The library.
  package var library: LibraryID
  /// What looks unlikely.
  package var kind: Kind
  /// The library's value: a percentage for absorption, rupiah per visit, loans per copy.
  package var value: Double
  /// The limit it passed, in the same unit.
  package var limit: Double
}

/// Finds `PlausibilityFlag`s among libraries' figures.
package enum PlausibilityFlags {
  /// Absorption in a period above this (%) is flagged.
  package static let highAbsorption = 110.0
  /// Absorption in a period below this (%) is flagged.
  package static let lowAbsorption = 50.0
  /// Outliers lie beyond the quartiles by this many interquartile ranges (Tukey's outer
  /// fences): far enough that an ordinary spread of small and large libraries is not flagged.
  package static let fenceFactor = 3.0
  /// Fewer values than this give no outlier flags: their quartiles mean little.
  package static let minimumForOutliers = 8

  /// The flags of `libraries`, in their order, a library's flags in `Kind` order.
  ///
  /// `lastMonth` is the period's last month of the year (1 to 12): absorption from January
  /// is behind pace when it is below `lastMonth / 12` x 100 %. Libraries with nothing
  /// allocated have no absorption and get no absorption flags.
  package static func flags(
    _ libraries: [(id: LibraryID, figures: UsageFigures)], lastMonth: Int
  ) -> [PlausibilityFlag] {
    let pace = Double(min(max(lastMonth, 1), 12)) / 12 * 100
    let costFences = fences(libraries.compactMap(\.figures.costPerVisit))
    let turnoverFences = fences(libraries.compactMap(\.figures.turnover))
    return libraries.flatMap { library -> [PlausibilityFlag] in
      let figures = library.figures
      var found: [PlausibilityFlag] = []
      func flag(_ kind: PlausibilityFlag.Kind, _ value: Double, _ limit: Double) {
        found.append(PlausibilityFlag(library: library.id, kind: kind, value: value, limit: limit))
      }
      if let absorption = figures.absorption {
        if absorption > highAbsorption { flag(.absorptionHigh, absorption, highAbsorption) }
        if absorption < lowAbsorption { flag(.absorptionLow, absorption, lowAbsorption) }
      }
      if let yearToDate = figures.absorptionYearToDate, yearToDate < pace {
        flag(.behindPace, yearToDate, pace)
      }
      if let cost = figures.costPerVisit, let limit = costFences?.outside(cost) {
        flag(.costPerVisitOutlier, cost, limit)
      }
      if let turnover = figures.turnover, let limit = turnoverFences?.outside(turnover) {
        flag(.turnoverOutlier, turnover, limit)
      }
      return found
    }
  }

  /// The outer fences of `values`: the first quartile less, and the third plus,
  /// `fenceFactor` interquartile ranges; `nil` for fewer than `minimumForOutliers` values.
  package static func fences(_ values: [Double]) -> Fences? {
    guard values.count >= minimumForOutliers else { return nil }
    let sorted = values.sorted()
    let first = quantile(sorted, 0.25)
    let third = quantile(sorted, 0.75)
    let spread = (third - first) * fenceFactor
    return Fences(lower: first - spread, upper: third + spread)
  }

  /// The `q` quantile of sorted values, interpolated between neighbours (Excel's
  /// `QUARTILE.INC`, so the sheet's figures can be checked with it).
  static func quantile(_ sorted: [Double], _ q: Double) -> Double {
    let position = q * Double(sorted.count - 1)
    let below = Int(position.rounded(.down))
    let above = min(below + 1, sorted.count - 1)
    return sorted[below] + (sorted[above] - sorted[below]) * (position - Double(below))
  }

  /// The range outside which a value is an outlier.
  package struct Fences: Hashable, Sendable {
    /// Values below this are outliers.
    package var lower: Double
    /// Values above this are outliers.
    package var upper: Double

    /// The fence `value` passed, or `nil` when it lies within them.
    package func outside(_ value: Double) -> Double? {
      if value > upper { return upper }
      if value < lower { return lower }
      return nil
    }
  }
}

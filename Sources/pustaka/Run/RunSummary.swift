import Foundation
import PustakaCore

/// What one regency's part of a run wrote.
struct RegencyOutcome: Sendable {
  /// The regency's name.
  var regency: String
  /// The period folder written.
  var folder: URL
  /// Libraries of the regency.
  var libraries: Int
  /// Of which reported in the period.
  var reporting: Int
  /// Workbooks written.
  var workbooks: Int
}

/// The end-of-run summary: libraries scored, not reporting, rejected rows, workbooks written,
/// where, and time per stage.
struct RunSummary: Sendable {
  /// The period reported.
  var period: Period
  /// One outcome per regency written.
  var outcomes: [RegencyOutcome]
  /// Rows rejected by the loader.
  var rejectedRows: Int
  /// Data warnings.
  var warnings: Int
  /// Seconds per stage.
  var timings: StageTimings
  /// The shard this run handled.
  var shard: Shard
  /// Regencies in the data (all shards).
  var regencyCount: Int
  /// The period folders of the province summaries written (one workbook each).
  var provinceFolders: [URL] = []

  /// The summary as log lines, folders named by `display`.
  func lines(naming display: OutputPathDisplay) -> [String] {
    let libraries = outcomes.reduce(0) { $0 + $1.libraries }
    let reporting = outcomes.reduce(0) { $0 + $1.reporting }
    let workbooks = outcomes.reduce(0) { $0 + $1.workbooks } + provinceFolders.count
    var lines = [
      "Period \(period): \(reporting) libraries scored, \(libraries - reporting) not reporting, "
        + "\(rejectedRows) rows rejected, \(warnings) warnings."
    ]
    if shard != .whole {
      lines.append("Shard \(shard): \(outcomes.count) of \(regencyCount) regencies.")
    }
    lines.append("\(workbooks) workbooks written:")
    for outcome in outcomes {
      lines.append("  \(display.path(of: outcome.folder)) (\(outcome.workbooks) workbooks)")
    }
    for folder in provinceFolders {
      lines.append("  \(display.path(of: folder)) (province summary)")
    }
    let times = timings.seconds.map { "\($0.stage) \(String(format: "%.2f", $0.seconds)) s" }
    lines.append("Time: " + times.joined(separator: ", ") + ".")
    return lines
  }
}

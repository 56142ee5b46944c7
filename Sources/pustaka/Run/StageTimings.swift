import Foundation

/// Seconds spent per stage of a run, for the summary and the manifest.
struct StageTimings: Sendable {
  /// Seconds by stage name, in the order stages ran.
  private(set) var seconds: [(stage: String, seconds: Double)] = []

  /// Runs `body`, recording how long it took under `stage`.
  mutating func measure<Result>(
    _ stage: String, _ body: () throws(CommandFailure) -> Result
  ) throws(CommandFailure) -> Result {
    let start = ContinuousClock.now
    defer { record(stage, since: start) }
    return try body()
  }

  /// Records the time since `start` under `stage`.
  mutating func record(_ stage: String, since start: ContinuousClock.Instant) {
    let elapsed = ContinuousClock.now - start
    let value =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    seconds.append((stage, (value * 1000).rounded() / 1000))
  }

  /// The timings as a dictionary, for the manifest.
  var dictionary: [String: Double] {
    Dictionary(seconds.map { ($0.stage, $0.seconds) }, uniquingKeysWith: +)
  }
}

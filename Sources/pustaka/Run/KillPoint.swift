import Foundation

/// Named moments at which an end-to-end test can kill the run with `SIGKILL`, to show that a
/// run killed there loses no reports.
///
/// Set `PUSTAKA_TEST_KILL_AT=<point>` in the environment of `pustaka run`; unset, nothing
/// happens (the same technique as Git's `GIT_TEST_*` variables). `SIGKILL` cannot be caught,
/// so the run ends exactly there, as it would on power loss or the OOM killer.
enum KillPoint: String, CaseIterable {
  /// Every workbook of a period is staged; the period folder is not yet swapped.
  case beforeSwap = "before-swap"
  /// The staged folder has been swapped in; the old reports are not yet removed.
  case afterSwap = "after-swap"

  /// The environment variable naming the point.
  static let variable = "PUSTAKA_TEST_KILL_AT"

  /// Kills the process when the environment names this point.
  func reached() {
    guard ProcessInfo.processInfo.environment[Self.variable] == rawValue else { return }
    kill(getpid(), SIGKILL)
  }
}

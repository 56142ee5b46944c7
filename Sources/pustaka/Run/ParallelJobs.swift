import Foundation

/// Runs independent jobs on a fixed number of threads, stopping at the first failure.
///
/// Each job writes its own file, so the order in which jobs run does not change any output:
/// `--jobs 1` and `--jobs 8` write the same bytes.
enum ParallelJobs {
  /// Runs `job(i)` for every `i` in `0..<count` on `threads` threads, calling `progress` after
  /// each finished job with the number done.
  ///
  /// - Returns: The first error a job threw (by job number), or `nil` when all succeeded.
  static func run<Failure: Error & Sendable>(
    count: Int, threads: Int, progress: @escaping @Sendable (Int) -> Void,
    job: @escaping @Sendable (Int) throws(Failure) -> Void
  ) -> Failure? {
    let state = SharedState<Failure>()
    let workers = max(1, min(threads, count))
    let group = DispatchGroup()
    for _ in 0..<workers {
      group.enter()
      let thread = Thread {
        defer { group.leave() }
        while let next = state.take(limit: count) {
          do throws(Failure) {
            try job(next)
            progress(state.finished())
          } catch {
            state.fail(next, error)
          }
        }
      }
      thread.stackSize = 8 << 20
      thread.start()
    }
    group.wait()
    return state.firstFailure
  }

  private final class SharedState<Failure: Error>: @unchecked Sendable {
    private let lock = NSLock()
    private var nextJob = 0
    private var done = 0
    private var failures: [(job: Int, error: Failure)] = []

    func take(limit: Int) -> Int? {
      lock.withLock {
        guard failures.isEmpty, nextJob < limit else { return nil }
        defer { nextJob += 1 }
        return nextJob
      }
    }

    func finished() -> Int {
      lock.withLock {
        done += 1
        return done
      }
    }

    func fail(_ job: Int, _ error: Failure) {
      lock.withLock { failures.append((job, error)) }
    }

    var firstFailure: Failure? {
      lock.withLock { failures.min { $0.job < $1.job }?.error }
    }
  }
}

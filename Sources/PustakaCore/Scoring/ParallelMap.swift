import Dispatch

/// Maps positions to values on every core, for the engine's per-library loops: each library's
/// score depends on its own rows only, so the libraries can be scored side by side.
///
/// The result is the same as a plain `map`, in the same order, whatever the number of cores.
package enum ParallelMap {
  /// Below this many positions a chunk of libraries is faster mapped on the calling thread
  /// than handed out.
  package static let librariesPerChunk = 64

  /// `(0..<count).map(transform)`, computed in chunks of positions on all cores.
  ///
  /// `transform` must be safe to call from several threads at once (it reads shared values and
  /// writes nothing shared).
  ///
  /// - Parameters:
  ///   - count: The number of positions.
  ///   - minimumPerChunk: The fewest positions worth a chunk of their own: 1 where each
  ///     position is a lot of work (a regency), `librariesPerChunk` where it is one library.
  ///   - transform: The value at a position.
  package static func map<Value: Sendable>(
    _ count: Int, minimumPerChunk: Int = librariesPerChunk, _ transform: @Sendable (Int) -> Value
  ) -> [Value] {
    let chunks = min(64, count / max(1, minimumPerChunk))
    guard chunks > 1 else { return (0..<count).map(transform) }
    return [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
      guard let base = buffer.baseAddress else {
        initialized = 0
        return
      }
      // Each chunk writes only its own slots.
      nonisolated(unsafe) let slots = base
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let start = count * chunk / chunks
        let end = count * (chunk + 1) / chunks
        for position in start..<end {
          (slots + position).initialize(to: transform(position))
        }
      }
      initialized = count
    }
  }
}

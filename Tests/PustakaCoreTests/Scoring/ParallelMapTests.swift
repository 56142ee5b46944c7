import PustakaCore
import Testing

/// Issue 13: the engine's loops run on every core and must give a plain `map`'s result.
@Suite struct ParallelMapTests {
  @Test("many positions in chunks give the values of a plain map, in order")
  func manyPositions() {
    let count = 64 * 64 + 37
    #expect(ParallelMap.map(count) { $0 * 3 + 1 } == (0..<count).map { $0 * 3 + 1 })
  }

  @Test("a chunk per position gives the values of a plain map, in order")
  func onePerChunk() {
    #expect(ParallelMap.map(5, minimumPerChunk: 1) { "r\($0)" } == ["r0", "r1", "r2", "r3", "r4"])
  }

  @Test("no positions give no values")
  func empty() {
    #expect(ParallelMap.map(0, minimumPerChunk: 1) { $0 }.isEmpty)
  }
}

import PustakaCore

/// A seeded, platform-independent random number generator (xoshiro256**, seeded by SplitMix64).
///
/// The same seed and stream path give the same numbers on every platform and Swift version:
/// the helpers below (`below(_:)`, `unit()`, `normal()`) use only integer arithmetic and
/// correctly rounded floating-point operations, never the standard library's unspecified
/// `random(in:using:)` algorithms or `SystemRandomNumberGenerator`.
///
/// Streams are derived, not consumed: `SeededGenerator(seed: 7, stream: [3, 2])` is the same
/// generator whatever else was drawn before, so one library's data does not depend on the
/// order in which the others were generated.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: (UInt64, UInt64, UInt64, UInt64)

  /// Creates the generator for `seed` and the stream named by the path `stream`.
  ///
  /// - Parameters:
  ///   - seed: The run's seed (`--seed`).
  ///   - stream: Numbers naming the stream, such as a library's index and a table's purpose.
  package init(seed: UInt64, stream: [UInt64] = []) {
    var key = Self.mix(seed ^ 0x5054_4B41_5341_4D50)
    for part in stream {
      key = Self.mix(key ^ Self.mix(part &+ 0x9E37_79B9_7F4A_7C15))
    }
    var splitMix = key
    state = (
      Self.splitMix(&splitMix), Self.splitMix(&splitMix), Self.splitMix(&splitMix),
      Self.splitMix(&splitMix)
    )
  }

  /// The next 64 random bits (xoshiro256**).
  package mutating func next() -> UInt64 {
    let result = Self.rotate(state.1 &* 5, 7) &* 9
    let shifted = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= shifted
    state.3 = Self.rotate(state.3, 45)
    return result
  }

  /// A whole number from 0 up to, not including, `bound` (Lemire's multiply-shift).
  ///
  /// Precondition: `bound` is greater than 0.
  package mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0, "a random bound must be positive")
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// A whole number in `range`.
  package mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.upperBound - range.lowerBound + 1)
  }

  /// A number in [0, 1) with 53 random bits.
  package mutating func unit() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// A number in [`low`, `high`).
  package mutating func uniform(_ low: Double, _ high: Double) -> Double {
    low + (high - low) * unit()
  }

  /// Whether an event of probability `probability` happens.
  package mutating func chance(_ probability: Double) -> Bool {
    unit() < probability
  }

  /// An approximately normal number with mean 0 and standard deviation 1.
  ///
  /// The sum of four uniforms, rescaled (Irwin-Hall), bounded to about ±3.46: no logarithms or
  /// sines, whose last bits may differ between C libraries.
  package mutating func normal() -> Double {
    let sum = unit() + unit() + unit() + unit()
    return (sum - 2) * 1.7320508075688772
  }

  /// An element of `items` chosen uniformly.
  ///
  /// Precondition: `items` is not empty.
  package mutating func pick<Element>(_ items: [Element]) -> Element {
    items[below(items.count)]
  }

  /// An index of `weights` chosen with probability proportional to its weight.
  ///
  /// Precondition: the weights are not negative and their sum is positive.
  package mutating func weightedIndex(_ weights: [Double]) -> Int {
    let total = weights.reduce(0, +)
    precondition(total > 0, "weights must have a positive sum")
    var target = unit() * total
    for (index, weight) in weights.enumerated() {
      if target < weight { return index }
      target -= weight
    }
    return weights.count - 1
  }

  /// A count with mean `mean`: a Poisson draw by Knuth's product of uniforms, for small means.
  ///
  /// Means above 30 use a rounded normal approximation. Uses no logarithm: the product is
  /// compared with a threshold computed by repeated halving-free multiplication.
  package mutating func count(mean: Double) -> Int {
    guard mean > 0 else { return 0 }
    if mean > 30 {
      return max(0, Int((mean + normal() * mean.squareRoot()).rounded()))
    }
    let limit = Self.negativeExponential(mean)
    var product = unit()
    var result = 0
    while product > limit {
      product *= unit()
      result += 1
    }
    return result
  }

  // MARK: - Internals

  /// e^-x for 0 <= x <= 30 by squaring a Taylor series, with correctly rounded operations only.
  static func negativeExponential(_ value: Double) -> Double {
    // e^-x = (e^(-x/64))^64; the series of e^-y for y <= 0.47 converges fast.
    let small = -value / 64
    var term = 1.0
    var sum = 1.0
    for order in 1...16 {
      term *= small / Double(order)
      sum += term
    }
    for _ in 0..<6 { sum *= sum }
    return sum
  }

  private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
    (value << count) | (value >> (64 - count))
  }

  private static func splitMix(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return mix(state)
  }

  /// SplitMix64's finaliser: a bijective scramble of 64 bits.
  static func mix(_ value: UInt64) -> UInt64 {
    var bits = value
    bits = (bits ^ (bits >> 30)) &* 0xBF58_476D_1CE4_E5B9
    bits = (bits ^ (bits >> 27)) &* 0x94D0_49BB_1331_11EB
    return bits ^ (bits >> 31)
  }
}

import PustakaCore

/// One part of a run split over several machines: `--shard I/N` handles the regencies dealt
/// to shard I of N.
///
/// Regencies are ordered by their grouping key (`NameFolding.placeKey`, so `NGAWI` and
/// `Ngawi` are one) in Unicode code-point order and dealt round-robin: the first to shard 1,
/// the second to shard 2, and so on. Every shard computes the same split from the same data
/// without talking to the others, and shards 1...N together cover every regency exactly once.
struct Shard: Hashable, Sendable, CustomStringConvertible {
  /// This shard's number, 1 to `count`.
  let index: Int
  /// How many shards the run is split into.
  let count: Int

  /// The whole run as one shard.
  static let whole = Shard(index: 1, count: 1)

  /// Parses `I/N` (`2/8`).
  ///
  /// - Throws: `ShardParseError` with the reason when the text is not `I/N` with
  ///   `1 <= I <= N`.
  init(parsing text: String) throws(ShardParseError) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
      throw ShardParseError(text: text, reason: "write it as I/N, such as 2/8")
    }
    guard count >= 1, (1...count).contains(index) else {
      throw ShardParseError(text: text, reason: "I must be from 1 to N, and N at least 1")
    }
    self.init(index: index, count: count)
  }

  private init(index: Int, count: Int) {
    self.index = index
    self.count = count
  }

  /// `I/N`.
  var description: String { "\(index)/\(count)" }

  /// The positions (in `regencyNames`) of the regencies this shard handles, in the order
  /// given.
  func regencies(of regencyNames: [String]) -> [Int] {
    let order = regencyNames.indices.sorted { left, right in
      let leftKey = NameFolding.placeKey(regencyNames[left])
      let rightKey = NameFolding.placeKey(regencyNames[right])
      if leftKey != rightKey {
        return leftKey.unicodeScalars.lexicographicallyPrecedes(rightKey.unicodeScalars)
      }
      return left < right
    }
    let mine = order.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    return mine.sorted()
  }
}

/// `--shard` was not `I/N`.
struct ShardParseError: Error, CustomStringConvertible, Equatable {
  /// The text given.
  let text: String
  /// What is wrong.
  let reason: String

  var description: String { "\"\(text)\" is not a shard: \(reason)" }
}

import PustakaCore

extension TableLoader {
  /// The kept rows whose key an earlier kept row already has, grouped by that earlier row:
  /// each group's first row and the later ones, in reading order, the groups ordered by their
  /// first row.
  ///
  /// Keys never match across libraries, so the rows are bucketed by library first and the
  /// buckets searched on all cores (`ParallelMap`), each with a look-up table small enough for
  /// the processor's cache. The groups are the same whatever the number of cores.
  /// - Parameters:
  ///   - records: the table's rows, in reading order.
  ///   - keep: which of `records` are still kept; the others are passed over.
  ///   - libraryPositions: each row's library position, -1 for a row of no library (every
  ///     row of the libraries table).
  static func repeatedKeys(
    _ records: [Decoder.Record], keep: [Bool], libraryPositions: [Int32]
  ) -> [(first: Int, later: [Int])] {
    // Bucket `position + 1` holds the kept rows of library `position`, bucket 0 those of no
    // library: consecutive stretches of `members`, bucket b from `starts[b]` to `starts[b + 1]`.
    let bucketCount = (libraryPositions.max().map { Int($0) } ?? -1) + 2
    var starts = [Int](repeating: 0, count: bucketCount + 1)
    for index in records.indices where keep[index] {
      starts[Int(libraryPositions[index]) + 2] += 1
    }
    for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
    var next = starts
    var members = [Int](repeating: 0, count: starts[bucketCount])
    for index in records.indices where keep[index] {
      let bucket = Int(libraryPositions[index]) + 1
      members[next[bucket]] = index
      next[bucket] += 1
    }
    let groupsByBucket = ParallelMap.map(bucketCount) { [members, starts] bucket in
      repeatedKeys(records, among: members[starts[bucket]..<starts[bucket + 1]], libraryPositions)
    }
    return groupsByBucket.joined().sorted { $0.first < $1.first }
  }

  /// `repeatedKeys` within one bucket: the rows at `indices` (increasing), all of one library.
  private static func repeatedKeys(
    _ records: [Decoder.Record], among indices: ArraySlice<Int>, _ libraryPositions: [Int32]
  ) -> [(first: Int, later: [Int])] {
    var first: [Decoder.Key: Int] = [:]
    first.reserveCapacity(indices.count)
    var later: [Int: [Int]] = [:]
    for index in indices {
      let library = Int(libraryPositions[index])
      guard let key = Decoder.key(of: records[index], library: library) else { continue }
      if let earlier = first[key] {
        later[earlier, default: []].append(index)
      } else {
        first[key] = index
      }
    }
    return later.map { (first: $0.key, later: $0.value) }
  }
}

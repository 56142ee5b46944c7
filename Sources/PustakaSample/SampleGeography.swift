import PustakaCore

/// The regencies, districts and villages of a sample, one library per village.
///
/// The first regency is Ngawi: with 217 libraries exactly its 19 districts with their real
/// numbers of desa and kelurahan, the named villages and libraries of Kecamatan Ngawi and the
/// census populations spread over the villages. With another number of libraries Ngawi's
/// districts share them in proportion to their real sizes. The other regencies take East
/// Java's names (then generated ones) and generated districts of about twelve villages.
enum SampleGeography {
  /// The sites of the sample described by `options`, regency by regency, district by district.
  static func sites(for options: SampleOptions) -> [SampleSite] {
    let shares = evenShares(options.libraries, over: options.regencies)
    var regencyNames = Set<String>()
    var sites: [SampleSite] = []
    sites.reserveCapacity(options.libraries)
    let idWidth = max(3, String(shares.max() ?? 1).count)
    for (index, share) in shares.enumerated() {
      var random = SeededGenerator(seed: options.seed, stream: [1, UInt64(index)])
      let name = regencyName(index, taken: regencyNames, random: &random)
      regencyNames.insert(name)
      let code =
        index == 0 ? "NGW" : "K" + zeroPadded(index + 1, width: max(2, String(shares.count).count))
      var builder = RegencyBuilder(
        name: name, code: code, idWidth: idWidth, province: NgawiStructure.province)
      if index == 0 {
        builder.addNgawi(libraries: share, random: &random)
      } else {
        builder.addGenerated(libraries: share, random: &random)
      }
      sites += builder.sites
    }
    return sites
  }

  /// `total` split into `parts` nearly equal whole shares, the larger ones first.
  static func evenShares(_ total: Int, over parts: Int) -> [Int] {
    (0..<parts).map { total / parts + ($0 < total % parts ? 1 : 0) }
  }

  /// `total` split in proportion to `weights` by largest remainders (ties to the earlier).
  static func proportionalShares(_ total: Int, weights: [Double]) -> [Int] {
    let sum = weights.reduce(0, +)
    guard sum > 0 else { return evenShares(total, over: weights.count) }
    let exact = weights.map { Double(total) * $0 / sum }
    var shares = exact.map { Int($0) }
    let order = exact.indices.sorted {
      let left = exact[$0] - Double(shares[$0])
      let right = exact[$1] - Double(shares[$1])
      return left != right ? left > right : $0 < $1
    }
    var leftover = total - shares.reduce(0, +)
    for index in order where leftover > 0 {
      shares[index] += 1
      leftover -= 1
    }
    return shares
  }

  /// A place name built from Javanese syllables, not in `taken`.
  static func placeName(taken: Set<String>, random: inout SeededGenerator) -> String {
    for _ in 0..<40 {
      let name = random.pick(SampleNames.placeStarts) + random.pick(SampleNames.placeEnds)
      if !taken.contains(name) { return name }
    }
    for _ in 0..<40 {
      let name =
        random.pick(SampleNames.placeStarts) + random.pick(SampleNames.placeEnds) + " "
        + random.pick(SampleNames.placeQualifiers)
      if !taken.contains(name) { return name }
    }
    var number = 2
    let base = random.pick(SampleNames.placeStarts) + random.pick(SampleNames.placeEnds)
    while taken.contains("\(base) \(number)") { number += 1 }
    return "\(base) \(number)"
  }

  /// `value` in decimal with leading zeros up to `width` digits.
  static func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  private static func regencyName(
    _ index: Int, taken: Set<String>, random: inout SeededGenerator
  ) -> String {
    if index == 0 { return NgawiStructure.regency }
    if index - 1 < SampleNames.eastJavaRegencies.count {
      return SampleNames.eastJavaRegencies[index - 1]
    }
    return placeName(taken: taken, random: &random)
  }
}

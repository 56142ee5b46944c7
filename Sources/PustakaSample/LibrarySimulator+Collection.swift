import PustakaCore

extension LibrarySimulator {
  /// How a library's stock splits over the categories (children's books and non-fiction lead).
  private static let categoryShares: [(CollectionCategory, Double)] = [
    (.fiction, 0.2), (.nonfiction, 0.3), (.children, 0.3), (.reference, 0.1),
    (.periodical, 0.05), (.other, 0.05),
  ]

  /// The month-end stock of each category, month by month.
  ///
  /// Books bought with the month's collection spending at about Rp 50,000 a copy, and a yearly
  /// donation from the regency library for some, add copies and titles; strong libraries weed
  /// worn copies each January. Silent months and snapshot gaps have no rows, the stock still
  /// moves.
  func simulateCollection(spending: [Int]) -> [CollectionStock] {
    var random = random(.collection)
    let categories = Self.categoryShares.filter { category, _ in
      switch category {
      case .periodical: return random.chance(0.5)
      case .other: return random.chance(0.3)
      default: return true
      }
    }
    let shareSum = categories.map(\.1).reduce(0, +)
    var copies = categories.map { max(5, Int(Double(profile.initialCopies) * $0.1 / shareSum)) }
    var titles = copies.map { max(1, Int(Double($0) / profile.copiesPerTitle)) }
    let donationMonth = random.int(in: 1...12)
    let weeding = profile.collectionQuality > 0.6

    var rows: [CollectionStock] = []
    for (position, month) in options.allMonths.enumerated() {
      let price = random.uniform(45_000, 60_000)
      var acquired = Int(Double(spending[position]) / price)
      if profile.receivesDonations && month.month == donationMonth {
        acquired += random.int(in: 30...150)
      }
      let weeded =
        weeding && month.month == 1
        ? Int(Double(copies.reduce(0, +)) * random.uniform(0.005, 0.02)) : 0
      let added = SampleGeography.proportionalShares(acquired, weights: categories.map(\.1))
      let removed = SampleGeography.proportionalShares(
        weeded, weights: copies.map { Double($0) })
      for index in categories.indices {
        let out = min(removed[index], copies[index] - 1)
        copies[index] += added[index] - max(0, out)
        let newTitles = Int(Double(added[index]) * random.uniform(0.5, 0.9))
        titles[index] = min(copies[index], titles[index] + newTitles - max(0, out) / 3)
        titles[index] = max(1, titles[index])
        let reported = !silentMonths[position] && !collectionGaps[position]
        guard reported else { continue }
        rows.append(
          CollectionStock(
            libraryID: site.id, month: month, category: categories[index].0,
            titles: titles[index], copies: copies[index], acquiredCopies: added[index],
            weededCopies: max(0, out)))
      }
    }
    return rows
  }
}

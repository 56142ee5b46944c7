import PustakaCore

extension LibrarySimulator {
  /// The budget ledger of the period and the money spent on books in each month.
  struct BudgetResult {
    /// The budget lines, by month, then category, then source.
    var entries: [BudgetEntry]
    /// Rupiah spent on the collection, by month position.
    var collectionSpending: [Int]
  }

  /// Planned and realised amounts of one calendar year, by month (1...12), category and source.
  private struct YearLedger {
    var planned = [[[Int]]](
      repeating: [[Int]](repeating: [Int](repeating: 0, count: 5), count: 5), count: 13)
    var spent = [[[Int]]](
      repeating: [[Int]](repeating: [Int](repeating: 0, count: 5), count: 5), count: 13)

    mutating func plan(
      _ amount: Int, month: Int, _ category: BudgetCategory, _ source: FundingSource
    ) {
      planned[month][Self.index(category)][Self.index(source)] += amount
    }

    mutating func spend(
      _ amount: Int, month: Int, _ category: BudgetCategory, _ source: FundingSource
    ) {
      spent[min(12, month)][Self.index(category)][Self.index(source)] += amount
    }

    static func index(_ category: BudgetCategory) -> Int {
      BudgetCategory.allCases.firstIndex(of: category) ?? 0
    }

    static func index(_ source: FundingSource) -> Int {
      FundingSource.allCases.firstIndex(of: source) ?? 0
    }
  }

  /// Plans the village fund budget per year and month and spends it unevenly.
  ///
  /// Honoraria are paid monthly (January's sometimes late, with February's); running costs
  /// are spent slowly early in the year and fast in December, when the village budget closes;
  /// books are bought in one to four months, sometimes a month after plan; programmes spend
  /// around their plan; facilities come once in some years. Some libraries also get a regency
  /// grant for books (*APBD*), a company's gift for facilities (*CSR*) or community money for
  /// programmes (*swadaya*).
  func simulateBudget() -> BudgetResult {
    var random = random(.budget)
    let months = options.allMonths
    let firstYear = options.start.year
    var entries: [BudgetEntry] = []
    var collectionSpending = [Int](repeating: 0, count: months.count)
    var growth = 1.0
    for year in firstYear...options.end.year {
      let ledger = planAndSpend(year: year, growth: growth, random: &random)
      growth *= random.uniform(1.0, 1.1)
      for (position, month) in months.enumerated() where month.year == year {
        for category in BudgetCategory.allCases {
          for source in FundingSource.allCases {
            let planned = ledger.planned[month.month][YearLedger.index(category)][
              YearLedger.index(source)]
            let spent = ledger.spent[month.month][YearLedger.index(category)][
              YearLedger.index(source)]
            guard planned > 0 || spent > 0 else { continue }
            entries.append(
              BudgetEntry(
                libraryID: site.id, month: month, category: category, source: source,
                allocated: Rupiah(Int64(planned)), spent: Rupiah(Int64(spent))))
            if category == .collection { collectionSpending[position] += spent }
          }
        }
      }
    }
    return BudgetResult(entries: entries, collectionSpending: collectionSpending)
  }

  private func planAndSpend(
    year: Int, growth: Double, random: inout SeededGenerator
  ) -> YearLedger {
    var ledger = YearLedger()
    let absorption = profile.absorption * random.uniform(0.96, 1.04)
    let staffMonthly = profile.paidStaff * profile.honorarium
    let annual = max(Int(Double(profile.annualBudget) * growth), staffMonthly * 12 + 2_000_000)
    let nonStaff = annual - staffMonthly * 12
    let books = min(Int(Double(annual) * profile.collectionShare), nonStaff * 6 / 10)
    let programs = min(Int(Double(annual) * profile.programShare), nonStaff * 3 / 10)
    let facilities =
      random.chance(0.4) ? Int(Double(nonStaff - books - programs) * random.uniform(0.1, 0.4)) : 0
    let running = max(0, nonStaff - books - programs - facilities)
    let pace = [0, 0.6, 0.8, 0.95, 1, 1, 1, 1, 1, 1, 1.05, 1.15, 1.45]
    let lateJanuary = random.chance(0.3)

    for month in 1...12 {
      if staffMonthly > 0 {
        ledger.plan(staffMonthly, month: month, .staff, .danaDesa)
        if month == 1 && lateJanuary {
          ledger.spend(staffMonthly, month: 2, .staff, .danaDesa)
        } else {
          ledger.spend(staffMonthly, month: month, .staff, .danaDesa)
        }
      }
      let runningPlan = Self.rounded(Double(running) / 12, step: 1000)
      ledger.plan(runningPlan, month: month, .operations, .danaDesa)
      let runningSpent = Double(runningPlan) * absorption * pace[month] * random.uniform(0.75, 1.25)
      ledger.spend(Self.rounded(runningSpent, step: 1000), month: month, .operations, .danaDesa)
      let programPlan = Self.rounded(Double(programs) / 12, step: 1000)
      ledger.plan(programPlan, month: month, .programs, .danaDesa)
      let programSpent = Double(programPlan) * absorption * random.uniform(0.3, 1.7)
      ledger.spend(Self.rounded(programSpent, step: 1000), month: month, .programs, .danaDesa)
    }
    planBooks(books, absorption: absorption, ledger: &ledger, random: &random)
    if facilities > 0 {
      let month = random.int(in: 5...9)
      let amount = Self.rounded(Double(facilities), step: 100_000)
      ledger.plan(amount, month: month, .facilities, .danaDesa)
      let spent = Double(amount) * min(1.1, absorption) * random.uniform(0.9, 1.05)
      ledger.spend(
        Self.rounded(spent, step: 1000), month: month + random.int(in: 0...2), .facilities,
        .danaDesa)
    }
    planOtherSources(ledger: &ledger, random: &random)
    return ledger
  }

  private func planBooks(
    _ books: Int, absorption: Double, ledger: inout YearLedger, random: inout SeededGenerator
  ) {
    guard books > 0 else { return }
    var purchaseMonths = Set<Int>()
    while purchaseMonths.count < profile.purchaseMonths {
      purchaseMonths.insert(random.int(in: 3...11))
    }
    let part = Self.rounded(Double(books) / Double(purchaseMonths.count), step: 50_000)
    for month in purchaseMonths.sorted() {
      ledger.plan(part, month: month, .collection, .danaDesa)
      let spent = Double(part) * absorption * random.uniform(0.9, 1.08)
      let delay = random.chance(0.3) ? 1 : 0
      ledger.spend(Self.rounded(spent, step: 1000), month: month + delay, .collection, .danaDesa)
    }
  }

  private func planOtherSources(ledger: inout YearLedger, random: inout SeededGenerator) {
    if profile.hasRegencyGrant {
      let month = random.int(in: 6...9)
      let amount = 1_000_000 + 250_000 * random.int(in: 0...8)
      ledger.plan(amount, month: month, .collection, .apbd)
      ledger.spend(
        Self.rounded(Double(amount) * random.uniform(0.95, 1.0), step: 1000), month: month,
        .collection, .apbd)
    }
    if profile.hasCSR && random.chance(0.5) {
      let month = random.int(in: 2...11)
      let amount = 500_000 * random.int(in: 4...16)
      ledger.plan(amount, month: month, .facilities, .csr)
      ledger.spend(amount, month: month, .facilities, .csr)
    }
    if profile.hasCommunityFunds {
      for _ in 0..<random.int(in: 2...4) {
        let month = random.int(in: 1...12)
        let amount = 50_000 * random.int(in: 2...10)
        ledger.plan(amount, month: month, .programs, .community)
        ledger.spend(
          Self.rounded(Double(amount) * random.uniform(0.8, 1.2), step: 1000), month: month,
          .programs, .community)
      }
    }
  }
}

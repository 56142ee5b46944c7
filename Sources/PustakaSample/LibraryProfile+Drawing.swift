import PustakaCore

extension LibraryProfile {
  /// Draws the traits of the library at `site` from `random`.
  ///
  /// The overall quality is the site's known one (the named libraries of Kecamatan Ngawi) or a
  /// draw spread over the whole scale, so that the sample's KPIs reach every grade.
  static func draw(for site: SampleSite, random: inout SeededGenerator) -> LibraryProfile {
    let quality = site.knownQuality ?? drawQuality(&random)
    // Known libraries keep close to their reputation; the others vary by area.
    let spread = site.knownQuality == nil ? 0.13 : 0.03
    func scatter(_ random: inout SeededGenerator) -> Double {
      min(1, max(0, quality + spread * random.normal()))
    }
    let collection = scatter(&random)
    let service = scatter(&random)
    let budget = scatter(&random)
    let community = scatter(&random)
    let staff = scatter(&random)
    let size = min(1.5, max(0.6, (Double(site.population) / 4500).squareRoot()))
    let population = Double(site.population)
    let paidStaff = staff < 0.2 ? random.int(in: 0...1) : (staff > 0.8 ? 2 : random.int(in: 1...2))

    return LibraryProfile(
      quality: quality,
      trend: 0.2 * random.normal() / 1.7,
      collectionQuality: collection,
      serviceQuality: service,
      budgetQuality: budget,
      communityQuality: community,
      staffQuality: staff,
      opensOn: openingDays(service: service, &random),
      closureChance: 0.02 + 0.08 * (1 - service),
      visitorsPerDay: (2 + 36 * service * random.uniform(0.75, 1.25)) * size,
      childShare: random.uniform(0.3, 0.6),
      loansPerVisitor: 0.04 + 0.6 * service * random.uniform(0.8, 1.2),
      newMembersPerVisitor: 0.005 + 0.02 * community,
      initialMembers: Int(population * (0.004 + 0.11 * community * random.uniform(0.7, 1.3))),
      annualBudget: drawAnnualBudget(budget: budget, &random),
      honorarium: 125_000 + 25_000 * random.int(in: 0...7),
      paidStaff: paidStaff,
      collectionShare: min(0.5, 0.05 + 0.45 * budget * random.uniform(0.7, 1.2)),
      programShare: 0.08 + 0.2 * community,
      absorption: drawAbsorption(budget: budget, &random),
      purchaseMonths: 1 + Int(3 * collection),
      hasRegencyGrant: random.chance(0.25 + 0.3 * quality),
      hasCSR: random.chance(0.08),
      hasCommunityFunds: random.chance(0.1 + 0.3 * community),
      initialCopies: max(
        80, Int(population * (0.03 + 0.5 * collection * random.uniform(0.75, 1.25)))),
      copiesPerTitle: random.uniform(1.15, 1.8),
      receivesDonations: random.chance(0.4),
      volunteers: Int(8 * staff * random.uniform(0.5, 1.2)),
      hoursPerVolunteer: random.uniform(2, 10),
      trainedStaff: staff < 0.25 ? 0 : staff < 0.55 ? 1 : staff < 0.8 ? random.int(in: 1...2) : 2,
      activitiesPerMonth: 0.15 + 4.8 * community * random.uniform(0.8, 1.2),
      partnerCount: Int(6 * community * random.uniform(0.6, 1.3)),
      partnerChance: 0.3 + 0.6 * community,
      silentMonthChance: quality < 0.3 ? 0.08 : 0.015,
      snapshotGapChance: random.chance(0.1) ? 0.1 : 0,
      floorArea: Int((12 + 55 * collection * random.uniform(0.8, 1.2)).rounded()),
      opened: CalendarDate(
        year: random.int(in: 2006...2022), month: random.int(in: 1...12),
        day: random.int(in: 1...28)),
      accreditation: drawAccreditation(quality: quality, &random))
  }

  /// An overall quality: a triangular draw stretched so that a few libraries sit near either end.
  private static func drawQuality(_ random: inout SeededGenerator) -> Double {
    let middle = (random.unit() + random.unit()) / 2
    return min(0.99, max(0.01, 0.46 + (middle - 0.5) * 1.35))
  }

  private static func openingDays(service: Double, _ random: inout SeededGenerator) -> [Bool] {
    let days: [Int]
    switch service {
    case ..<0.12: days = [3, 6]
    case ..<0.28: days = [1, 3, 6]
    case ..<0.42: days = [1, 2, 4, 6]
    case ..<0.75: days = random.chance(0.5) ? [1, 2, 3, 4, 5] : [1, 2, 3, 4, 6]
    default: days = random.chance(0.8) ? [1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 6, 7]
    }
    return (0...7).map { days.contains($0) }
  }

  /// Village libraries' budgets: many near Rp 10-20 million a year, from 4 to 50 million.
  private static func drawAnnualBudget(budget: Double, _ random: inout SeededGenerator) -> Int {
    let band = random.weightedIndex([0.15, 0.55, 0.2, 0.1])
    let ranges: [(Double, Double)] = [(4, 8), (10, 20), (20, 30), (30, 50)]
    let millions = random.uniform(ranges[band].0, ranges[band].1) * (0.7 + 0.6 * budget)
    let clamped = min(50, max(4, millions))
    return Int((clamped * 2).rounded()) * 500_000
  }

  /// Spending over plan: on plan for good managers, well under for weak ones, a few over.
  private static func drawAbsorption(budget: Double, _ random: inout SeededGenerator) -> Double {
    if random.chance(0.07) { return random.uniform(1.06, 1.2) }
    switch budget {
    case 0.65...: return random.uniform(0.95, 1.04)
    case 0.4...: return random.uniform(0.8, 0.97)
    default: return random.uniform(0.45, 0.82)
    }
  }

  private static func drawAccreditation(
    quality: Double, _ random: inout SeededGenerator
  ) -> Accreditation? {
    let draw = random.unit()
    switch quality {
    case 0.88...: return draw < 0.6 ? .a : .b
    case 0.8...: return draw < 0.5 ? .b : nil
    case 0.6...: return draw < 0.2 ? (draw < 0.08 ? .b : .c) : nil
    default: return draw < 0.03 ? .c : nil
    }
  }
}

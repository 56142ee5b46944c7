import PustakaCore

extension LibrarySimulator {
  /// The kinds of activity and how often each is held, for a library of quality 0 and 1.
  private static let typeWeights: [(ActivityType, low: Double, high: Double)] = [
    (.storytelling, 0.35, 0.22), (.literacyTraining, 0.1, 0.2), (.skillsTraining, 0.05, 0.18),
    (.talk, 0.25, 0.15), (.bookClub, 0.1, 0.15), (.other, 0.15, 0.1),
  ]

  /// The library's activities, month by month.
  ///
  /// Strong libraries hold several events a month, weak ones one now and then. The fasting
  /// month adds religious talks, August the Independence Day contests, school holidays more
  /// storytelling. A share of events has one of the library's partners; silent months have none.
  func simulateActivities() -> [Activity] {
    var random = random(.activities)
    let quality = profile.communityQuality
    let weights = Self.typeWeights.map { $0.low + ($0.high - $0.low) * quality }
    let pool = SampleNames.partners(
      village: site.village, district: site.district, regency: site.regency)
    var partners: [String] = []
    var candidates = pool
    while partners.count < min(profile.partnerCount, pool.count) {
      partners.append(candidates.remove(at: random.below(candidates.count)))
    }
    let scale = min(1.6, max(0.6, Double(site.population) / 4500))
    let holdsContests = random.chance(0.6)

    var rows: [Activity] = []
    for position in 0..<options.months {
      let days = calendar.days(ofMonthAt: position).filter { !$0.isHoliday }.map(\.date)
      var month: [Activity] = []
      var count = random.count(mean: profile.activitiesPerMonth * trendFactor(position))
      let ramadanDays = calendar.days(ofMonthAt: position).filter(\.isRamadan).map(\.date)
      let schoolHoliday = calendar.days(ofMonthAt: position).contains(where: \.isSchoolHoliday)
      if schoolHoliday && random.chance(0.5) { count += 1 }
      for _ in 0..<count {
        var type = Self.typeWeights[random.weightedIndex(weights)].0
        if schoolHoliday && random.chance(0.3) { type = .storytelling }
        month.append(
          activity(type: type, on: random.pick(days), scale: scale, partners, &random))
      }
      let fastingWeeks = Array(ramadanDays.dropFirst(2).prefix(20))
      if fastingWeeks.count > 7, random.chance(0.4 + 0.4 * quality) {
        var talk = activity(
          type: .talk, on: random.pick(fastingWeeks), scale: scale, partners, &random)
        talk.title = SampleNames.ramadanTitle
        month.append(talk)
      }
      if holdsContests, options.allMonths[position].month == 8,
        let date = CalendarDate(
          year: options.allMonths[position].year, month: 8, day: random.int(in: 10...24))
      {
        var contest = activity(type: .other, on: date, scale: scale * 2, partners, &random)
        contest.title = SampleNames.independenceDayTitle
        month.append(contest)
      }
      guard !silentMonths[position] else { continue }
      rows += month.sorted { $0.date < $1.date }
    }
    return rows
  }

  private func activity(
    type: ActivityType, on date: CalendarDate, scale: Double, _ partners: [String],
    _ random: inout SeededGenerator
  ) -> Activity {
    let (low, high): (Int, Int)
    let hours: [Double]
    switch type {
    case .literacyTraining: (low, high, hours) = (10, 25, [2, 3, 4])
    case .skillsTraining: (low, high, hours) = (10, 30, [3, 4, 5, 6])
    case .talk: (low, high, hours) = (20, 60, [1.5, 2])
    case .bookClub: (low, high, hours) = (5, 12, [1.5, 2])
    case .storytelling: (low, high, hours) = (10, 30, [1, 1.5])
    case .other: (low, high, hours) = (15, 60, [2, 3, 4])
    }
    let participants = max(3, Int((Double(random.int(in: low...high)) * scale).rounded()))
    let partner =
      !partners.isEmpty && random.chance(profile.partnerChance) ? random.pick(partners) : nil
    return Activity(
      libraryID: site.id, date: date, type: type,
      title: random.pick(SampleNames.titles(for: type)), participants: participants,
      hours: random.pick(hours), partner: partner)
  }
}

import Testing

@testable import PustakaCore

@Suite struct ScoringRuleTests {
  /// Each default indicator at one of its thresholds, 0.0001 below and 0.0001 above.
  @Test(
    "each indicator at, just below and just above a threshold",
    arguments: [
      // higher: thresholds are minimums (>=).
      (IndicatorKey.titles, 750.0, 3), (.titles, 749.9999, 2), (.titles, 750.0001, 3),
      (.copiesPerCapita, 0.35, 3), (.copiesPerCapita, 0.3499, 2), (.copiesPerCapita, 0.3501, 3),
      (.acquisitionsPer1000, 1, 2), (.acquisitionsPer1000, 0.9999, 1),
      (.acquisitionsPer1000, 1.0001, 2),
      (.collectionGrowthPercent, 10, 4), (.collectionGrowthPercent, 9.9999, 3),
      (.collectionGrowthPercent, 10.0001, 4), (.collectionGrowthPercent, -3, 0),
      (.floorArea, 56, 4), (.floorArea, 55.9999, 3), (.floorArea, 56.0001, 4),
      (.openDays, 8, 1), (.openDays, 7.9999, 0), (.openDays, 8.0001, 1),
      (.visitorsPerDay, 20, 3), (.visitorsPerDay, 19.9999, 2), (.visitorsPerDay, 20.0001, 3),
      (.visitsPer1000, 100, 3), (.visitsPer1000, 99.9999, 2), (.visitsPer1000, 100.0001, 3),
      (.loansPerVisit, 0.5, 4), (.loansPerVisit, 0.4999, 3), (.loansPerVisit, 0.5001, 4),
      (.turnover, 0.25, 2), (.turnover, 0.2499, 1), (.turnover, 0.2501, 2),
      (.collectionSpendShare, 40, 4), (.collectionSpendShare, 39.9999, 3),
      (.collectionSpendShare, 40.0001, 4),
      // lower: thresholds are maximums (<=).
      (.costPerVisit, 25_000, 2), (.costPerVisit, 24_999.9999, 2),
      (.costPerVisit, 25_000.0001, 1), (.costPerVisit, 8_000, 4), (.costPerVisit, 8_000.0001, 3),
      (.costPerVisit, 50_000.0001, 0), (.costPerVisit, 0, 4),
      // repeated thresholds [1, 1, 2, 2]: 1 gives 2 points, 2 gives 4.
      (.trainedStaff, 1, 2), (.trainedStaff, 0.9999, 0), (.trainedStaff, 1.0001, 2),
      (.trainedStaff, 2, 4), (.trainedStaff, 0, 0),
      (.volunteerHours, 5, 1), (.volunteerHours, 4.9999, 0), (.volunteerHours, 5.0001, 1),
      (.activities, 4, 4), (.activities, 3.9999, 3), (.activities, 4.0001, 4),
      (.participantsPer1000, 2, 1), (.participantsPer1000, 1.9999, 0),
      (.participantsPer1000, 2.0001, 1),
      (.membersPer100, 3, 2), (.membersPer100, 2.9999, 1), (.membersPer100, 3.0001, 2),
      (.partners, 1, 1), (.partners, 0, 0), (.partners, 5, 4),
      (.skillsParticipants, 40, 4), (.skillsParticipants, 39.9999, 3),
      (.skillsParticipants, 40.0001, 4),
      // target: bands [from, to), first match.
      (.budgetAbsorption, 95, 4), (.budgetAbsorption, 94.9999, 3), (.budgetAbsorption, 95.0001, 4),
      (.budgetAbsorption, 105, 3), (.budgetAbsorption, 104.9999, 4),
      (.budgetAbsorption, 105.0001, 3), (.budgetAbsorption, 115, 1),
      (.budgetAbsorption, 114.9999, 3), (.budgetAbsorption, 115.0001, 1),
      (.budgetAbsorption, 50, 1), (.budgetAbsorption, 49.9999, 0), (.budgetAbsorption, 0, 0),
      (.budgetAbsorption, 70, 2), (.budgetAbsorption, 85, 3), (.budgetAbsorption, 400, 1),
    ])
  func thresholds(key: IndicatorKey, value: Double, points: Int) {
    #expect(key.defaultRule.points(for: value) == points)
  }

  @Test(
    "the next point names the target, the gap and the points gained",
    arguments: [
      // titles at 812 (3 points): 1000 is 188 away, for 4.
      (IndicatorKey.titles, 812.0, 1000.0, 188.0, NextPoint.Direction.increase, 4),
      // copies per capita 0.2: 0.35 is 0.15 away (0.35 - 0.2 = 0.15 after rounding).
      (.copiesPerCapita, 0.2, 0.35, 0.15, .increase, 3),
      // trained staff 0: the threshold 1 gives 2 points at once.
      (.trainedStaff, 0, 1, 1, .increase, 2),
      // cost per visit 20,000 (2 points): down to 15,000 for 3.
      (.costPerVisit, 20_000, 15_000, 5_000, .decrease, 3),
      // absorption 70 (2 points): 85 is nearest of the better bands (95, 105 - 115 are further).
      (.budgetAbsorption, 70, 85, 15, .increase, 3),
      // absorption 120 (1 point): down to 114.9999 (band [105, 115)) for 3.
      (.budgetAbsorption, 120, 114.9999, 5.0001, .decrease, 3),
      // absorption 100 (4 points) cannot do better: see the nil case below.
    ])
  func nextPoint(
    key: IndicatorKey, value: Double, target: Double, gap: Double,
    direction: NextPoint.Direction, points: Int
  ) throws {
    let next = try #require(key.defaultRule.nextPoint(from: value))
    #expect(next.target == target)
    #expect(next.gap == gap)
    #expect(next.direction == direction)
    #expect(next.points == points)
  }

  @Test("an indicator at the top has no next point") func atTheTop() {
    #expect(IndicatorKey.budgetAbsorption.defaultRule.nextPoint(from: 100) == nil)
    #expect(IndicatorKey.titles.defaultRule.nextPoint(from: 5000) == nil)
    #expect(IndicatorKey.costPerVisit.defaultRule.nextPoint(from: 0) == nil)
  }

  @Test("grades follow the KPI at full precision") func grades() {
    let rubric = Rubric.builtIn
    #expect(rubric.grade(for: 80)?.grade == "A")
    #expect(rubric.grade(for: 79.999_999)?.grade == "B")
    #expect(rubric.grade(for: 60)?.grade == "B")
    #expect(rubric.grade(for: 40)?.label.english == "Fair")
    #expect(rubric.grade(for: 39.9)?.label.indonesian == "Perlu Pembinaan")
    #expect(rubric.grade(for: 0)?.grade == "D")
  }

  @Test("the built-in rubric is sound and lists the 20 indicators in order") func builtIn() {
    #expect(Rubric.builtIn.problems.isEmpty)
    #expect(Rubric.builtIn.indicators.map(\.key) == IndicatorKey.allCases)
    #expect(Rubric.builtIn.areas == KPIArea.allCases)
    for area in KPIArea.allCases {
      #expect(Rubric.builtIn.indicators.filter { $0.area == area }.count == 5)
    }
  }

  @Test(
    "unsound rules are named with the reason",
    arguments: [
      (
        ScoringRule.higher(thresholds: [250, 500, 1000, 750]),
        "thresholds of 'titles' must not decrease (750 after 1000)"
      ),
      (
        .lower(thresholds: [50_000, 25_000, 30_000, 8_000]),
        "thresholds of 'titles' must not increase (30000 after 25000)"
      ),
      (
        .higher(thresholds: [1, 2, 3]),
        "'titles' has 3 thresholds; a scale of 4 needs 4, one per point"
      ),
      (
        .target(bands: [ScoreBand(from: 95, to: 105, points: 5)]),
        "band [95, 105, 5] of 'titles' gives 5 points, above the scale of 4"
      ),
      (
        .target(bands: [ScoreBand(from: 105, to: 95, points: 4)]),
        "band [105, 95, 4] of 'titles' must start below its end"
      ),
    ])
  func problems(rule: ScoringRule, message: String) {
    #expect(rule.problem(key: "titles", scale: 4) == message)
  }
}

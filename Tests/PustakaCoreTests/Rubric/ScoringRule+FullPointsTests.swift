import Testing

@testable import PustakaCore

@Suite struct ScoringRuleFullPointsTests {
  @Test(
    "the threshold of the highest points comes from the rule",
    arguments: [
      (IndicatorKey.titles, 1000.0), (.copiesPerCapita, 0.5), (.costPerVisit, 8000),
      (.trainedStaff, 2),
    ])
  func threshold(key: IndicatorKey, expected: Double) {
    #expect(key.defaultRule.fullPointsThreshold == expected)
  }

  @Test("a target rule has no single full-points threshold") func targetRule() {
    #expect(IndicatorKey.budgetAbsorption.defaultRule.fullPointsThreshold == nil)
    #expect(IndicatorKey.budgetAbsorption.defaultRule.gapToFullPoints(from: 50) == nil)
  }

  @Test(
    "the gap is what a value lacks of the highest points, 0 once it earns them",
    arguments: [
      // 812 titles lack 188 of 1,000; 1,000 and 1,200 lack nothing; none lack all 1,000.
      (IndicatorKey.titles, 812.0, 188.0), (.titles, 1000, 0), (.titles, 1200, 0),
      (.titles, 0, 1000),
      // 0.35 copies per person lack 0.15 of 0.50 (not 0.15000000000000002).
      (.copiesPerCapita, 0.35, 0.15),
      // lower: Rp 20,000 a visit is Rp 12,000 above the Rp 8,000 of 4 points.
      (.costPerVisit, 20_000, 12_000), (.costPerVisit, 7_500, 0),
    ])
  func gap(key: IndicatorKey, value: Double, expected: Double) {
    #expect(key.defaultRule.gapToFullPoints(from: value) == expected)
  }

  @Test("a custom rubric's thresholds move the gap") func customThresholds() {
    let rule = ScoringRule.higher(thresholds: [100, 200, 300, 400, 600])
    #expect(rule.fullPointsThreshold == 600)
    #expect(rule.gapToFullPoints(from: 450) == 150)
  }
}

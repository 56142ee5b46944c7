import PustakaCore
import Testing

@testable import PustakaReports

/// Issue 11.9: one unit per indicator, for the card and the indicators sheet.
@Suite struct IndicatorUnitTests {
  @Test("counts per month are whole for a month and keep a decimal for a longer period")
  func perMonth() {
    #expect(IndicatorUnit.of(.openDays).format(months: 1).numberFormat == "#,##0")
    #expect(IndicatorUnit.of(.openDays).format(months: 3).numberFormat == "#,##0.0")
    #expect(IndicatorUnit.of(.floorArea).format(months: 3).numberFormat == "#,##0\" m²\"")
    #expect(IndicatorUnit.of(.floorArea).preciseFormat.numberFormat == "#,##0.0000\" m²\"")
    #expect(IndicatorUnit.of(.budgetAbsorption).format(months: 1).numberFormat == "0.0%")
    #expect(IndicatorUnit.of(.budgetAbsorption).divisor == 100)
  }
}

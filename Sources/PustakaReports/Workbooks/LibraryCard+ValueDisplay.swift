import Foundation
import PustakaCore
import XLSXWriter

extension LibraryCard {
  /// How an indicator's value, target and gap show on the card: in its unit's number format,
  /// with percentages stored as fractions (`0.0%`), as every workbook stores shares.
  struct ValueDisplay {
    /// The cells' format.
    var format: CellFormat
    /// The same with four decimals, for a value and target that the usual format would show
    /// alike (105.0 against the 104.9999 that budget absorption has to come down to).
    var precise: CellFormat
    /// The decimals `format` shows, in the engine's unit (percent for percentages).
    var decimals: Int
    /// What the engine's value is divided by: 100 for percentages, else 1.
    var divisor: Double

    /// The cell showing `value`, blank when it is missing (never zero).
    func cell(_ value: Double?, format: CellFormat? = nil) -> ReportCell {
      .number(value.map { $0 / divisor }, format: format ?? self.format)
    }

    /// The format for a row showing `value` and `target`: the usual one, or the precise one
    /// when the usual one would show the two alike.
    func format(value: Double?, target: Double?) -> CellFormat {
      guard let value, let target else { return format }
      let scale = pow(10, Double(decimals))
      return (value * scale).rounded() == (target * scale).rounded() ? precise : format
    }

    /// The display of indicator `key`'s figures.
    ///
    /// Counts (`titles`, `trained_staff`, `partners`) as `#,##0`; percentages
    /// (`collection_growth_pct`, `budget_absorption`, `collection_spend_share`) as fractions
    /// with `0.0%`; `cost_per_visit` in rupiah; every other ratio as `#,##0.00`.
    static func of(_ key: IndicatorKey) -> ValueDisplay {
      switch key {
      case .titles, .trainedStaff, .partners:
        return make(ReportFormats.count, precise: "#,##0.0000", decimals: 0, divisor: 1)
      case .collectionGrowthPercent, .budgetAbsorption, .collectionSpendShare:
        return make(ReportFormats.share, precise: "0.0000%", decimals: 1, divisor: 100)
      case .costPerVisit:
        return make(ReportFormats.money, precise: "\"Rp \"#,##0.0000", decimals: 0, divisor: 1)
      case .copiesPerCapita, .acquisitionsPer1000, .floorArea, .openDays, .visitorsPerDay,
        .visitsPer1000, .loansPerVisit, .turnover, .volunteerHours, .activities,
        .participantsPer1000, .membersPer100, .skillsParticipants:
        return make(ReportFormats.ratio, precise: "#,##0.0000", decimals: 2, divisor: 1)
      }
    }

    private static func make(
      _ format: CellFormat, precise: String, decimals: Int, divisor: Double
    ) -> ValueDisplay {
      var usual = format
      usual.verticalAlignment = .center
      var exact = usual
      exact.numberFormat = precise
      return ValueDisplay(format: usual, precise: exact, decimals: decimals, divisor: divisor)
    }
  }
}

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

    /// The display of indicator `key`'s figures in a period of `months` months, in its
    /// `IndicatorUnit`.
    static func of(_ key: IndicatorKey, months: Int) -> ValueDisplay {
      let unit = IndicatorUnit.of(key)
      var usual = unit.format(months: months)
      usual.verticalAlignment = .center
      var exact = unit.preciseFormat
      exact.verticalAlignment = .center
      return ValueDisplay(
        format: usual, precise: exact, decimals: unit.decimals(months: months),
        divisor: unit.divisor)
    }
  }
}

import PustakaCore
import XLSXWriter

/// How an indicator's value reads in every workbook, the Indikator sheet and the report card
/// alike: counts and floor areas as whole numbers (m² for floor area, rounded to the square
/// metre), counts per month (days, activities) whole for one month and with one decimal for
/// the mean month of a longer period, percentages as fractions with `%`, money in rupiah,
/// ratios below 1 with three decimals and other ratios with two.
package enum IndicatorUnit: Sendable {
  /// A count of a snapshot or over 12 months: titles, trained staff, partners.
  case count
  /// A count per month (open days, activities, skills-training participants): whole for one
  /// month, with one decimal for the mean month of a longer period.
  case countPerMonth
  /// Floor area in square metres.
  case area
  /// A percentage, stored as a fraction.
  case share
  /// Rupiah.
  case money
  /// A ratio that is usually below 1 (copies per person, loans per visit, turnover).
  case smallRatio
  /// Any other ratio.
  case ratio

  /// The unit of indicator `key`'s value.
  package static func of(_ key: IndicatorKey) -> IndicatorUnit {
    switch key {
    case .titles, .trainedStaff, .partners: return .count
    case .openDays, .activities, .skillsParticipants: return .countPerMonth
    case .floorArea: return .area
    case .collectionGrowthPercent, .budgetAbsorption, .collectionSpendShare: return .share
    case .costPerVisit: return .money
    case .copiesPerCapita, .loansPerVisit, .turnover: return .smallRatio
    case .acquisitionsPer1000, .visitorsPerDay, .visitsPer1000, .volunteerHours,
      .participantsPer1000, .membersPer100:
      return .ratio
    }
  }

  /// What the engine's value is divided by for the cell: 100 for percentages, else 1.
  package var divisor: Double { self == .share ? 100 : 1 }

  /// The decimals shown, in the engine's unit (percent for percentages), for a period of
  /// `months` months.
  package func decimals(months: Int) -> Int {
    switch self {
    case .count, .area, .money: return 0
    case .countPerMonth: return months == 1 ? 0 : 1
    case .share: return 1
    case .smallRatio: return 3
    case .ratio: return 2
    }
  }

  /// The cell format for a period of `months` months.
  package func format(months: Int) -> CellFormat {
    CellFormat(numberFormat: numberFormat(decimals: decimals(months: months)))
  }

  /// The same format with four decimals, for a value and a target that the usual format
  /// would show alike.
  package var preciseFormat: CellFormat { CellFormat(numberFormat: numberFormat(decimals: 4)) }

  private func numberFormat(decimals: Int) -> String {
    let fraction = decimals > 0 ? "." + String(repeating: "0", count: decimals) : ""
    switch self {
    case .count, .countPerMonth, .ratio: return "#,##0" + fraction
    case .area: return "#,##0" + fraction + "\" m²\""
    case .share: return "0" + fraction + "%"
    case .money: return "\"Rp \"#,##0" + fraction
    case .smallRatio: return "0" + fraction
    }
  }
}

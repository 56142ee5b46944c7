import PustakaCore
import XLSXWriter

extension DistrictsSheet {
  /// The caption and format of `column`.
  static func definition(_ column: Column, _ labels: DistrictsLabels) -> ColumnDefinition {
    let ratio = ReportFormats.ratio
    let count = ReportFormats.count
    let (caption, format): (String, CellFormat)
    switch column {
    case .district: (caption, format) = (labels.district, ReportFormats.text)
    case .libraries: (caption, format) = (labels.libraries, count)
    case .reporting: (caption, format) = (labels.reporting, count)
    case .meanKPI: (caption, format) = (labels.meanKPI, ReportFormats.score)
    case .minimumKPI: (caption, format) = (labels.minimumKPI, ReportFormats.score)
    case .maximumKPI: (caption, format) = (labels.maximumKPI, ReportFormats.score)
    case .visitsPer1000: (caption, format) = (labels.visitsPer1000, ratio)
    case .loans: (caption, format) = (labels.loans, count)
    case .copiesPerCapita: (caption, format) = (labels.copiesPerCapita, ratio)
    case .activities: (caption, format) = (labels.activities, count)
    case .participants: (caption, format) = (labels.participants, count)
    case .allocated: (caption, format) = (labels.allocated, ReportFormats.money)
    case .spent: (caption, format) = (labels.spent, ReportFormats.money)
    case .absorption: (caption, format) = (labels.absorption, ReportFormats.share)
    case .costPerVisit: (caption, format) = (labels.costPerVisit, ReportFormats.money)
    case .iplm: (caption, format) = (labels.iplm, ReportFormats.score)
    case .iplmCategory:
      (caption, format) = (labels.iplmCategory, CellFormat(horizontalAlignment: .left, indent: 1))
    }
    let index = Column.allCases.firstIndex(of: column) ?? 0
    return ColumnDefinition(caption, format: format, width: .fixed(columnWidths[index]))
  }

  /// The cell of `column` for a district (or, for the total row, the regency) and its
  /// literacy index entry.
  ///
  /// - Parameter perLibrary: The row's label, for a row that shows the sums over libraries
  ///   (loans, activities, participants, money) per library (`UsageFigures.perLibrary(_:)`)
  ///   and leaves the counts of libraries out (a regency's count beside a district's would be
  ///   a total again); `nil` for a row of totals.
  static func cell(
    _ column: Column, _ group: UsageStatistics.Group, _ entry: IPLMEntry?, isTotal: Bool,
    _ context: ReportContext, perLibrary: String? = nil
  ) -> ReportCell {
    let figures = group.figures
    if let perLibrary {
      let base = definition(column, context.labels.districts).format
      let value =
        perLibraryCell(column, figures, label: perLibrary)
        ?? cell(column, group, entry, isTotal: false, context)
      // Counts spread over libraries have decimals; money stays money.
      let counts: Set<Column> = [.loans, .activities, .participants]
      let format = counts.contains(column) ? ReportFormats.ratio : value.format ?? base
      return ReportCell(value.value, format: ReportFormats.banded(format))
    }
    let value: ReportCell
    switch column {
    case .district: value = .text(group.district ?? context.regencyName)
    case .libraries: value = .count(figures.libraries)
    case .reporting: value = .count(figures.reporting)
    case .meanKPI: value = .number(group.kpi.mean)
    case .minimumKPI: value = .number(group.kpi.minimum)
    case .maximumKPI: value = .number(group.kpi.maximum)
    case .visitsPer1000: value = .number(figures.visitorsPer1000)
    case .loans: value = .count(figures.attendance.loans)
    case .copiesPerCapita: value = .number(figures.copiesPerCapita)
    case .activities: value = .count(figures.activities.count)
    case .participants: value = .count(figures.activities.participants)
    case .allocated: value = .number(Double(figures.budget.allocated.amount))
    case .spent: value = .number(Double(figures.budget.spent.amount))
    case .absorption: value = .number(figures.absorption.map { $0 / 100 })
    case .costPerVisit: value = .number(figures.costPerVisit)
    case .iplm: value = .number(entry?.index)
    case .iplmCategory: value = entry.map { .text(context.text($0.category.label)) } ?? .empty
    }
    guard isTotal else { return value }
    let base = definition(column, context.labels.districts).format
    return ReportCell(value.value, format: ReportFormats.banded(value.format ?? base))
  }

  /// The cell of `column` in a row per library: the label, the sums over libraries divided by the
  /// libraries, blanks for the counts of libraries; `nil` where the row shows the figure as it
  /// is (KPIs, ratios, the index).
  private static func perLibraryCell(_ column: Column, _ figures: UsageFigures, label: String)
    -> ReportCell?
  {
    switch column {
    case .district: return .text(label)
    case .libraries, .reporting: return .empty
    case .loans: return .number(figures.perLibrary(figures.attendance.loans))
    case .activities: return .number(figures.perLibrary(figures.activities.count))
    case .participants: return .number(figures.perLibrary(figures.activities.participants))
    case .allocated: return .number(figures.perLibrary(figures.budget.allocated))
    case .spent: return .number(figures.perLibrary(figures.budget.spent))
    default: return nil
    }
  }
}

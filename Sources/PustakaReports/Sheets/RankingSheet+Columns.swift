import PustakaCore
import XLSXWriter

extension RankingSheet {
  /// The caption, format and width of `column`.
  static func definition(_ column: Column, _ context: ReportContext) -> ColumnDefinition {
    let labels = context.labels.ranking
    let centred = CellFormat(horizontalAlignment: .center)
    switch column {
    case .rank: return ColumnDefinition(labels.rank, format: centred, width: .fixed(10))
    case .rankInRegency:
      return ColumnDefinition(labels.rankInRegency, format: centred, width: .fixed(11))
    case .rankChange:
      return ColumnDefinition(
        labels.rankChange, format: signed(ReportFormats.signedCount), width: .fixed(11))
    case .libraryID:
      return ColumnDefinition(
        context.labels.detail.libraryID, width: .fitContent(minimum: 8, maximum: 14))
    case .library:
      return ColumnDefinition(labels.library, width: .fitContent(minimum: 20, maximum: 40))
    case .village:
      return ColumnDefinition(labels.village, width: .fitContent(minimum: 12, maximum: 24))
    case .district:
      return ColumnDefinition(labels.district, width: .fitContent(minimum: 11, maximum: 20))
    case .kpi: return ColumnDefinition(labels.kpi, format: ReportFormats.score, width: .fixed(9))
    case .grade:
      return ColumnDefinition(labels.grade, width: .fitContent(minimum: 10, maximum: 20))
    case .area(let area):
      return ColumnDefinition(
        context.text(area.label), format: ReportFormats.score, width: .fixed(14))
    case .kpiChange:
      return ColumnDefinition(
        labels.kpiChange, format: signed(ReportFormats.signedScore), width: .fixed(11))
    case .twelveMonthKPI:
      return ColumnDefinition(
        context.labels.support.kpi12m, format: ReportFormats.score, width: .fixed(10))
    case .twelveMonthRank:
      return ColumnDefinition(
        context.labels.cardStaff.twelveMonthRankShort, format: centred, width: .fixed(10))
    }
  }

  /// A signed change, centred.
  private static func signed(_ base: CellFormat) -> CellFormat {
    var format = base
    format.horizontalAlignment = .center
    return format
  }

  /// The cell of `column` for the library `score`, whose id is written at `idCell`.
  static func cell(
    _ column: Column, score: LibraryScore, idCell: CellReference, layout: IndicatorsLayout,
    _ context: ReportContext
  ) -> ReportCell {
    switch column {
    case .rank: return .count(context.scopeRank(of: score))
    case .rankInRegency: return .count(score.rank)
    case .rankChange: return .count(score.change?.rankChange)
    case .libraryID: return .text(score.library.id.rawValue)
    case .library: return .text(score.library.name)
    case .village: return .text(context.villageName(of: score.library))
    case .district: return .text(context.districtName(of: score.library))
    case .kpi:
      guard let kpi = score.kpi else { return .empty }
      let formula = layout.kpiFormula(
        idCell: idCell, sheetName: context.labels.indicatorsSheet, scale: context.rubric.scale)
      return ReportCell(.formula(formula, cached: .number(kpi)))
    case .grade:
      guard let grade = score.grade else { return .empty }
      return ReportCell(
        .string(context.gradeText(grade)), format: ReportFormats.grade(grade, in: context.rubric))
    case .area(let area): return .number(score.areaScore(area)?.score)
    case .kpiChange: return .number(score.change?.kpiChange)
    case .twelveMonthKPI: return .number(context.twelveMonthScores[score.library.id]?.kpi)
    case .twelveMonthRank: return .count(context.twelveMonthScopeRank(of: score.library.id))
    }
  }

  /// The table's conditional formats: a colour scale on the KPI, data bars in each area's
  /// colour on the sub-scores, green and red changes, and the top three libraries in bold
  /// (a formula rule on the rank).
  static func conditionalFormats(_ columns: [Column], _ placement: TablePlacement)
    -> [ConditionalFormat]
  {
    var formats: [ConditionalFormat] = []
    for (offset, column) in columns.enumerated() {
      guard let range = placement.dataColumn(offset) else { continue }
      switch column {
      case .kpi:
        formats.append(
          ConditionalFormat(
            range: range,
            rule: .threeColorScale(
              minimum: ReportPalette.scaleLow, middle: ReportPalette.scaleMiddle,
              maximum: ReportPalette.scaleHigh)))
      case .area(let area):
        formats.append(
          ConditionalFormat(range: range, rule: .dataBar(color: ReportPalette.color(of: area))))
      case .rankChange, .kpiChange:
        formats += [
          ConditionalFormat(
            range: range,
            rule: .cellValue(.greaterThan(0), format: CellFormat(fontColor: ReportPalette.gradeA))),
          ConditionalFormat(
            range: range,
            rule: .cellValue(.lessThan(0), format: CellFormat(fontColor: ReportPalette.gradeD))),
        ]
      case .library:
        guard let rank = placement.dataColumn(0) else { continue }
        let reference = "$\(CellReference.columnName(rank.first.column))\(rank.first.row + 1)"
        formats.append(
          ConditionalFormat(
            range: range,
            rule: .formula(
              "AND(ISNUMBER(\(reference)),\(reference)<=3)",
              format: CellFormat(bold: true, fontColor: ReportPalette.gradeA))))
      case .rank, .rankInRegency, .libraryID, .village, .district, .grade, .twelveMonthKPI,
        .twelveMonthRank:
        break
      }
    }
    return formats
  }
}

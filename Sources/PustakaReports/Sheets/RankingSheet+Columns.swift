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
    }
  }

  /// A signed change, centred.
  private static func signed(_ base: CellFormat) -> CellFormat {
    var format = base
    format.horizontalAlignment = .center
    return format
  }

  /// The cell of `column` for the library `score`, the `index`-th in ranking order.
  static func cell(
    _ column: Column, score: LibraryScore, index: Int, layout: IndicatorsLayout,
    _ context: ReportContext
  ) -> ReportCell {
    switch column {
    case .rank: return .count(context.scopeRank(of: score))
    case .rankInRegency: return .count(score.rank)
    case .rankChange: return .count(score.change?.rankChange)
    case .library: return .text(score.library.name)
    case .village: return .text(score.library.village)
    case .district: return .text(score.library.district)
    case .kpi:
      guard let kpi = score.kpi else { return .empty }
      let formula = layout.kpiFormula(
        libraryAt: index, sheetName: context.labels.indicatorsSheet, scale: context.rubric.scale)
      return ReportCell(.formula(formula, cached: .number(kpi)))
    case .grade:
      guard let grade = score.grade else { return .empty }
      return ReportCell(
        .string(context.gradeText(grade)), format: ReportFormats.grade(grade, in: context.rubric))
    case .area(let area): return .number(score.areaScore(area)?.score)
    case .kpiChange: return .number(score.change?.kpiChange)
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
      case .rank, .rankInRegency, .village, .district, .grade:
        break
      }
    }
    return formats
  }
}

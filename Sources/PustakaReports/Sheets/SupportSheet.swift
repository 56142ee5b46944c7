import PustakaCore
import XLSXWriter

/// The support sheet (*Pembinaan*): every library to support first, with why and the first
/// step, one Excel table that sorts and filters.
///
/// The summary sheet shows the first five; this sheet holds the whole `SupportList` (every
/// library with the lowest grade, at least five): rank, id, library, village, district, the
/// KPI on the list's basis and the other KPI, the grade, the weakest area, the two weakest
/// indicators, the first step (from the same basis as the card's recommendations) and a link
/// to the library's card when the run writes cards.
package enum SupportSheet {
  /// Builds the sheet for `context`'s scope.
  package static func build(_ context: ReportContext) -> ReportSheet {
    let words = context.labels.support
    var sheet = ReportSheet(name: words.sheetName)
    sheet.addTitle(words.title, subtitle: context.subtitle, across: 8)
    let list = context.supportList
    let lowest = context.rubric.grades.last?.grade ?? "D"
    sheet.addNote(
      words.supportRule(lowest, context.labels.detail.periodLabel(list.period)), across: 8)
    sheet.skipRows()
    guard !list.entries.isEmpty else {
      sheet.addNote(words.noReporting, across: 8)
      context.applyPrintSetup(to: &sheet, repeatThrough: nil)
      return sheet
    }
    let isTwelveMonths = list.basis == .twelveMonths
    let columns = [
      ColumnDefinition(words.rank, format: CellFormat(horizontalAlignment: .center)),
      ColumnDefinition(words.libraryID), ColumnDefinition(words.library),
      ColumnDefinition(words.village), ColumnDefinition(words.district),
      ColumnDefinition(isTwelveMonths ? words.kpi12m : words.kpi, format: ReportFormats.score),
      ColumnDefinition(
        isTwelveMonths ? words.periodKPI : words.kpi12m, format: ReportFormats.score),
      ColumnDefinition(words.grade), ColumnDefinition(words.weakestArea),
      ColumnDefinition(words.weakestIndicators, format: wrapped, width: .fixed(36)),
      ColumnDefinition(words.firstStep, format: wrapped, width: .fixed(44)),
      ColumnDefinition(words.card),
    ]
    let rows = list.entries.map { row($0, isTwelveMonths: isTwelveMonths, context) }
    let placement = sheet.addTable(columns: columns, rows: rows)
    let headerRow = placement.header.first.row
    sheet.edit { spec in
      // Viewers do not grow rows for wrapped text on opening: give each row the lines its
      // longest wrapped cell needs (about 1.1 characters per unit of width).
      for (offset, cells) in rows.enumerated() {
        var lines = 1
        for (column, width) in wrappedColumns {
          guard case .string(let text) = cells[column].value else { continue }
          lines = max(lines, Int((Double(text.count) / (width * 1.1)).rounded(.up)))
        }
        spec.rowHeights[headerRow + 1 + offset] = Double(lines) * PageFlow.rowHeight
      }
      spec.tables.append(
        TableSpec(
          name: words.sheetTableName, range: placement.range,
          columnHeaders: columns.map(\.header), style: .light(1)))
      spec.frozenPane = CellReference(row: headerRow + 1, column: 3)
    }
    context.applyPrintSetup(to: &sheet, repeatThrough: headerRow)
    return sheet
  }

  private static let wrapped = CellFormat(verticalAlignment: .top, wrapsText: true)

  /// The wrapped columns (weakest indicators, first step) and their widths in characters.
  private static let wrappedColumns: [(column: Int, width: Double)] = [(9, 36), (10, 44)]

  private static func row(
    _ entry: SupportList.Entry, isTwelveMonths: Bool, _ context: ReportContext
  ) -> [ReportCell] {
    let words = context.labels.support
    let library = entry.score.library
    let other =
      isTwelveMonths
      ? context.scores.first { $0.library.id == library.id }
      : context.twelveMonthScores[library.id]
    let indicators = entry.weakestIndicators.map { indicator in
      "\(context.text(indicator.indicator.label)) (\(indicator.points))"
    }.joined(separator: "; ")
    return [
      .count(context.scopeRank(of: entry.score)), .text(library.id.rawValue),
      .text(library.name), .text(context.villageName(of: library)),
      .text(context.districtName(of: library)), .number(entry.score.kpi),
      .number(other?.kpi), SummarySheet.gradeCell(entry.score.grade, context),
      .text(entry.weakestArea.map { context.text($0.area.label) } ?? ""), .text(indicators),
      .text(entry.firstStep.map { firstStep($0, entry.score, context) } ?? words.noStep),
      context.cardLink(for: library.id).map { .link(to: $0, text: words.openCard) } ?? .empty,
    ]
  }

  /// The first step in words, with the values as the card shows them.
  static func firstStep(
    _ step: Recommendation, _ score: LibraryScore, _ context: ReportContext
  ) -> String {
    let indicator = score.indicator(step.key)?.indicator ?? RubricIndicator(key: step.key)
    let detail = context.labels.detail
    let decimals = step.nextPoint.target.rounded() == step.nextPoint.target ? 0 : 2
    return context.labels.support.step(
      step.nextPoint.direction == .increase, context.text(indicator.label),
      detail.number(step.value, decimals: decimals),
      detail.number(step.nextPoint.target, decimals: decimals))
      + " (+\(detail.number(step.kpiGain)) KPI)"
  }
}

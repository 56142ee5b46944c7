import PustakaCore
import XLSXWriter

extension SummarySheet {
  /// The award list: the reporting libraries ranked 1 to 3 in the scope (more than three
  /// when the third place is shared).
  static func awardList(_ context: ReportContext) -> [LibraryScore] {
    context.reporting.filter { (context.scopeRank(of: $0) ?? .max) <= 3 }
  }

  /// The libraries to support first: the five lowest-scoring reporting libraries not on the
  /// award list, lowest first.
  static func lowestList(_ context: ReportContext) -> [LibraryScore] {
    let award = Set(awardList(context).map(\.library.id))
    return Array(context.reporting.filter { !award.contains($0.library.id) }.suffix(5).reversed())
  }

  /// Writes the award list and the five lowest-scoring libraries, or a note when no library
  /// reports.
  static func addLibraryLists(
    _ context: ReportContext, to sheet: inout ReportSheet, flow: PageFlow
  ) {
    let labels = context.labels.summary
    guard !context.reporting.isEmpty else {
      sheet.addNote(labels.noReporting, across: 5)
      sheet.skipRows()
      return
    }
    let award = awardList(context)
    let lowest = lowestList(context)
    for (heading, list) in [(labels.awardHeading, award), (labels.lowestHeading, lowest)]
    where !list.isEmpty {
      flow.keepTogether(height: Double(list.count + 3) * PageFlow.rowHeight + 15, in: &sheet)
      sheet.addHeading(heading)
      sheet.addTable(columns: listColumns(labels), rows: list.map { row($0, context) })
    }
  }

  private static func listColumns(_ labels: SummaryLabels) -> [ColumnDefinition] {
    [
      ColumnDefinition(labels.rank, format: CellFormat(horizontalAlignment: .center)),
      ColumnDefinition(labels.library), ColumnDefinition(labels.village),
      ColumnDefinition(labels.district), ColumnDefinition(labels.kpi, format: ReportFormats.score),
      ColumnDefinition(labels.grade),
    ]
  }

  private static func row(_ score: LibraryScore, _ context: ReportContext) -> [ReportCell] {
    [
      .count(context.scopeRank(of: score)), .text(score.library.name), .text(score.library.village),
      .text(score.library.district), .number(score.kpi),
      score.grade.map {
        ReportCell(
          .string(context.gradeText($0)), format: ReportFormats.grade($0, in: context.rubric))
      } ?? .empty,
    ]
  }
}

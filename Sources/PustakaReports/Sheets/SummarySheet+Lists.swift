import PustakaCore
import XLSXWriter

extension SummarySheet {
  /// Writes, from the cursor down in columns G to M, the award list (with its basis and
  /// tie-break) and the first five libraries of the support list (with a pointer to the
  /// support sheet), each an Excel table; or a note when no library reports.
  static func addLibraryLists(_ context: ReportContext, to sheet: inout ReportSheet) {
    let words = context.labels.support
    guard !context.reporting.isEmpty else {
      note(words.noReporting, on: &sheet)
      return
    }
    let award = context.awardList
    heading(words.awardHeading, on: &sheet)
    let awardColumns = [
      ColumnDefinition(words.rank, format: CellFormat(horizontalAlignment: .center)),
      ColumnDefinition(words.libraryID), ColumnDefinition(words.library),
      ColumnDefinition(words.district), ColumnDefinition(words.kpi, format: ReportFormats.score),
      ColumnDefinition(words.grade),
      ColumnDefinition(words.monthsInTopTen, format: CellFormat(horizontalAlignment: .center)),
    ]
    let awardRows = award.entries.map { entry -> [ReportCell] in
      [
        .count(entry.rank), .text(entry.score.library.id.rawValue),
        .text(entry.score.library.name), .text(context.districtName(of: entry.score.library)),
        .number(entry.score.kpi), gradeCell(entry.score.grade, context),
        .count(entry.monthsInTopTen),
      ]
    }
    table(words.awardTableName, awardColumns, awardRows, on: &sheet)
    sheet.moveCursor(to: sheet.nextRow - 1)
    note(awardBasisNote(award, context.labels), on: &sheet)
    let support = context.supportList
    heading(words.supportHeading, on: &sheet)
    let supportColumns = [
      ColumnDefinition(words.rank, format: CellFormat(horizontalAlignment: .center)),
      ColumnDefinition(words.libraryID), ColumnDefinition(words.library),
      ColumnDefinition(words.district), ColumnDefinition(words.kpi, format: ReportFormats.score),
      ColumnDefinition(words.weakestArea), ColumnDefinition(words.card),
    ]
    let supportRows = support.entries.prefix(SupportList.minimumListed).map {
      entry -> [ReportCell] in
      let library = entry.score.library
      return [
        .count(context.scopeRank(of: entry.score)), .text(library.id.rawValue),
        .text(library.name), .text(context.districtName(of: library)),
        .number(entry.score.kpi),
        .text(entry.weakestArea.map { context.text($0.area.label) } ?? ""),
        context.cardLink(for: library.id).map { .link(to: $0, text: words.openCard) } ?? .empty,
      ]
    }
    let supportHeader = table(
      words.summaryTableName, supportColumns, Array(supportRows), on: &sheet)
    // One line is enough for these captions; the rows beside it belong to the headline table.
    sheet.edit { $0.rowHeights[supportHeader] = PageFlow.rowHeight }
    sheet.moveCursor(to: sheet.nextRow - 1)
    note(words.supportPointer(support.entries.count, words.sheetName), on: &sheet)
  }

  /// The award list's basis, tie-break and, when the 12 months are fewer, why.
  static func awardBasisNote(_ award: AwardList, _ labels: ReportLabels) -> String {
    let words = labels.support
    var text = words.awardBasis(
      labels.detail.periodLabel(award.period), award.basis == .twelveMonths)
    if award.basis == .twelveMonths, award.period.monthCount < 12 {
      text += " " + words.shortenedNote(award.period.monthCount)
    }
    return text
  }

  /// A grade cell in the grade's colour.
  static func gradeCell(_ grade: GradeRule?, _ context: ReportContext) -> ReportCell {
    grade.map {
      ReportCell(
        .string(context.gradeText($0)), format: ReportFormats.grade($0, in: context.rubric))
    } ?? .empty
  }

  private static func heading(_ text: String, on sheet: inout ReportSheet) {
    let row = sheet.nextRow
    sheet.edit {
      $0.write(.string(text), row: row, column: listColumn, format: ReportFormats.heading)
    }
    sheet.skipRows()
  }

  /// A muted note in small type across the lists' columns, one line high (the rows are
  /// shared with the headline table on the left).
  private static func note(_ text: String, on sheet: inout ReportSheet) {
    let row = sheet.nextRow
    let format = CellFormat(fontSize: 8, fontColor: ReportPalette.muted)
    sheet.edit { spec in
      spec.write(.string(text), row: row, column: listColumn, format: format)
      spec.mergedRanges.append(
        CellRange(firstRow: row, firstColumn: listColumn, lastRow: row, lastColumn: lastColumn))
    }
    sheet.skipRows()
  }

  /// Writes an Excel table at the cursor in the lists' columns and returns its header row.
  @discardableResult
  private static func table(
    _ name: String, _ columns: [ColumnDefinition], _ rows: [[ReportCell]],
    on sheet: inout ReportSheet
  ) -> Int {
    let placement = sheet.addTable(columns: columns, rows: rows, startColumn: listColumn)
    guard placement.firstDataRow != nil else { return placement.header.first.row }
    sheet.edit { spec in
      spec.tables.append(
        TableSpec(
          name: name, range: placement.range, columnHeaders: columns.map(\.header),
          style: .light(1)))
    }
    return placement.header.first.row
  }
}

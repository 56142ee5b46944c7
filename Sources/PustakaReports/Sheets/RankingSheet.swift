import PustakaCore
import XLSXWriter

/// The ranking sheet (*Peringkat*): every reporting library by rank in an Excel table with
/// filter buttons, its KPI a formula over the indicators sheet's points and weights (cached
/// with the engine's KPI), its 12-month KPI and rank, then the means and the libraries that did
/// not report.
///
/// Each KPI formula finds its library's row on the indicators sheet by the library id in its
/// own row (`INDEX`/`MATCH`), so sorting either table keeps every KPI right. In a district
/// workbook the libraries are the district's, ranked in the district, with their regency rank
/// beside it and the regency's means below the district's.
package enum RankingSheet {
  /// The table's columns.
  enum Column: Equatable {
    case rank, rankInRegency, rankChange, libraryID, library, village, district, kpi, grade
    case area(KPIArea)
    case kpiChange, twelveMonthKPI, twelveMonthRank
  }

  /// The columns for `context`: the regency rank is added in a district workbook.
  static func columns(_ context: ReportContext) -> [Column] {
    var columns: [Column] = [.rank]
    if context.scope.isDistrict { columns.append(.rankInRegency) }
    columns += [.rankChange, .libraryID, .library, .village, .district, .kpi, .grade]
    columns += context.rubric.areas.map { .area($0) }
    columns += [.kpiChange, .twelveMonthKPI, .twelveMonthRank]
    return columns
  }

  /// Builds the sheet for `context`'s scope.
  package static func build(_ context: ReportContext) -> ReportSheet {
    let labels = context.labels.ranking
    let columns = columns(context)
    let lastColumn = columns.count - 1
    var sheet = ReportSheet(name: context.labels.rankingSheet)
    sheet.addTitle(labels.title, subtitle: context.subtitle, across: lastColumn)
    sheet.addNote(labels.formulaNote(context.labels.indicatorsSheet), across: lastColumn)
    let changeNote =
      context.input.previous == nil
      ? labels.noPreviousPeriod : labels.changeNote(context.period.previous.description)
    sheet.addNote(changeNote, across: lastColumn)
    sheet.skipRows()
    let headerRow = sheet.nextRow
    if context.reporting.isEmpty {
      sheet.addNote(labels.noReporting, across: lastColumn)
      sheet.skipRows()
    } else {
      addTable(context, columns, &sheet)
      addMeans(context, columns, &sheet)
    }
    addNotReporting(context, columns, &sheet)
    context.applyPrintSetup(to: &sheet, repeatThrough: context.reporting.isEmpty ? nil : headerRow)
    return sheet
  }

  /// Writes the ranked libraries as an Excel table with its conditional formats and freezes
  /// the rows above it and the columns up to the library's.
  private static func addTable(
    _ context: ReportContext, _ columns: [Column], _ sheet: inout ReportSheet
  ) {
    let definitions = columns.map { definition($0, context) }
    let layout = IndicatorsLayout(rubric: context.rubric, libraries: context.reporting.count)
    let firstDataRow = sheet.nextRow + 1
    let idColumn = columns.firstIndex(of: .libraryID) ?? 0
    let rows = context.reporting.enumerated().map { index, score in
      let idCell = CellReference(row: firstDataRow + index, column: idColumn)
      return columns.map { cell($0, score: score, idCell: idCell, layout: layout, context) }
    }
    let placement = sheet.addTable(columns: definitions, rows: rows)
    sheet.setListStyle(placement)
    let libraryColumn = columns.firstIndex(of: .library) ?? 0
    sheet.edit { spec in
      spec.rowHeights[placement.header.first.row] = 48
      spec.tables.append(
        TableSpec(
          name: context.labels.ranking.tableName, range: placement.range,
          columnHeaders: definitions.map(\.header)))
      spec.frozenPane = CellReference(
        row: placement.header.first.row + 1, column: libraryColumn + 1)
      spec.conditionalFormats += conditionalFormats(columns, placement)
    }
  }
}

import PustakaCore
import XLSXWriter

/// The districts sheet (*Kecamatan*): one row per district with its libraries, KPIs, service,
/// collection, activity and budget figures and its literacy index (IPLM), a regency total row,
/// and two charts: mean KPI this period against the previous one, and visits per 1,000 people.
///
/// A district workbook places its district among the regency's: its rank by mean KPI and by
/// IPLM, and both charts draw every district with this one highlighted. Its table has the
/// district's row, then the district's and the regency's sums per library beside each other
/// (never the regency's totals, which dwarf any district's); the other districts' rows are
/// left out, since the regency workbook has them and the charts already place the district.
package enum DistrictsSheet {
  /// The table's columns, with fixed widths (so charts and pages can be placed).
  enum Column: CaseIterable {
    case district, libraries, reporting, meanKPI, minimumKPI, maximumKPI, visitsPer1000, loans
    case copiesPerCapita, activities, participants, allocated, spent, absorption, costPerVisit
    case iplm, iplmCategory
  }

  /// The columns' widths in characters, in `Column.allCases` order; J (activities) is wide
  /// enough for the district names of the visits block below.
  static let columnWidths: [Double] = [
    18, 11, 9, 9, 9, 9, 12, 11, 11, 14, 10, 15, 15, 9, 12, 8, 12,
  ]

  /// Builds the sheet for `context`'s scope.
  package static func build(_ context: ReportContext) -> ReportSheet {
    let labels = context.labels.districts
    var sheet = ReportSheet(name: context.labels.districtsSheet)
    for (column, width) in columnWidths.enumerated() {
      sheet.setWidth(.fixed(width), column: column)
    }
    let lastColumn = Column.allCases.count - 1
    sheet.addTitle(labels.title, subtitle: context.subtitle, across: lastColumn)
    sheet.addNote(labels.note, across: lastColumn, lines: 2)
    sheet.skipRows()
    // A district's first question: where it stands among the others.
    if context.scope.isDistrict { addStanding(context, to: &sheet) }
    let headerRow = sheet.nextRow
    let rows = context.scope.isDistrict ? districtRows(context) : regencyRows(context, headerRow)
    sheet.addTable(columns: Column.allCases.map { definition($0, labels) }, rows: rows)
    sheet.edit { $0.rowHeights[headerRow] = 60 }
    let tableEnd = sheet.nextRow
    if context.scope.isDistrict {
      sheet.addNote(labels.comparisonNote, across: lastColumn, lines: 2)
      sheet.skipRows()
    }
    addStaffTable(context, to: &sheet)
    let flow = PageFlow(columnWidths: columnWidths)
    flow.pinRows(below: sheet.nextRow, in: &sheet)
    // The district table's header repeats only when the table itself runs over a page: on
    // the chart pages it would take the room of a chart.
    let tableHeight = (0..<tableEnd).reduce(0) { $0 + PageFlow.height(of: $1, in: sheet.spec) }
    let tableFitsOnePage = tableHeight <= flow.pageHeight
    addCharts(context, to: &sheet, flow: flow)
    context.applyPrintSetup(to: &sheet, repeatThrough: tableFitsOnePage ? nil : headerRow)
    flow.finish(&sheet, closingNote: labels.sourceNote(context.input.provenance.toolVersion))
    return sheet
  }

  /// Every district's row, then the regency's totals.
  private static func regencyRows(_ context: ReportContext, _ headerRow: Int) -> [[ReportCell]] {
    var groups = context.districtStatistics.map { ($0, entry(for: $0, context)) }
    if let regency = context.regencyStatistics {
      groups.append((regency, context.regencyLiteracyIndex))
    }
    let totalRow = headerRow + groups.count
    return groups.enumerated().map { index, group in
      Column.allCases.map { column in
        cell(column, group.0, group.1, isTotal: headerRow + 1 + index == totalRow, context)
      }
    }
  }

  /// A district workbook's rows: the district's totals, then its and the regency's sums per
  /// library.
  private static func districtRows(_ context: ReportContext) -> [[ReportCell]] {
    let labels = context.labels.detail
    var rows = context.districtStatistics.map { group in
      Column.allCases.map { cell($0, group, entry(for: group, context), isTotal: false, context) }
    }
    if let district = context.districtStatistics.first {
      rows.append(
        Column.allCases.map {
          cell(
            $0, district, entry(for: district, context), isTotal: false, context,
            perLibrary: labels.perLibraryRow(context.scopeName))
        })
    }
    if let regency = context.regencyStatistics {
      rows.append(
        Column.allCases.map {
          cell(
            $0, regency, context.regencyLiteracyIndex, isTotal: false, context,
            perLibrary: labels.perLibraryRow(context.regencyName))
        })
    }
    return rows
  }

  /// The literacy index entry of a district group.
  static func entry(for group: UsageStatistics.Group, _ context: ReportContext) -> IPLMEntry? {
    context.literacyIndex.first { $0.district == group.district }
  }
}

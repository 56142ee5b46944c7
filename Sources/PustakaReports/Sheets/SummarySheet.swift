import PustakaCore
import XLSXWriter

/// The summary sheet (*Ringkasan*): the period's headline figures against the previous
/// period, the award list and the libraries to support first, and four charts, each beside the
/// block of numbers it draws.
///
/// In a district workbook the figures are the district's, with the regency's in an extra
/// column, and the KPI chart shows the district's libraries next to the district and regency
/// means.
package enum SummarySheet {
  /// Fixed column widths in characters: rank, names, figures and a last column for the charts.
  ///
  /// The last column lies under the charts' right part, so that they end just inside it
  /// (columns E to H are 720 pixels).
  /// Fixed, so the charts' positions and the printed pages can be computed.
  static let columnWidths: [Double] = [10, 36, 16, 16, 14, 20, 20, 46]
  /// The column of the chart data blocks' first caption.
  static let blockColumn = 1
  /// The column the charts start in, right of the data blocks.
  static let chartColumn = 4
  /// The charts' width in pixels: 4 short of the columns under them, so that they end inside
  /// the last column and no further column prints.
  static let chartWidth = 716

  /// Builds the sheet for `context`'s scope.
  package static func build(_ context: ReportContext) -> ReportSheet {
    var sheet = ReportSheet(name: context.labels.summarySheet)
    for (column, width) in columnWidths.enumerated() {
      sheet.setWidth(.fixed(width), column: column)
    }
    let lastColumn = context.scope.isDistrict ? 6 : 5
    let chartEdge =
      PageFlow.pixels(ofColumns: Array(columnWidths.prefix(chartColumn))) + Double(chartWidth)
    precondition(
      chartEdge + 4 == PageFlow.pixels(ofColumns: columnWidths), "the charts end in the last column"
    )
    let flow = PageFlow(columnWidths: columnWidths, rightEdge: chartEdge)
    sheet.addTitle(context.labels.summary.title, subtitle: context.subtitle, across: lastColumn)
    addHeadline(context, to: &sheet)
    addLibraryLists(context, to: &sheet, flow: flow)
    addCharts(context, to: &sheet, flow: flow)
    context.applyPrintSetup(to: &sheet, repeatThrough: nil)
    flow.finish(
      &sheet, closingNote: context.labels.summary.sourceNote(context.input.provenance.toolVersion))
    return sheet
  }
}

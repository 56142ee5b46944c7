import PustakaCore
import XLSXWriter

/// The regency summary workbook (*Rekap*) and the district workbooks, assembled from the
/// sheet builders in the order reports.md gives.
package enum RegencyWorkbook {
  /// The ten sheets of `context`'s scope (a regency, or a district for a district workbook):
  /// Summary, Ranking, Districts, Indicators, Trends, Budget, Collection, Activities, Data
  /// quality, Method.
  package static func workbook(_ context: ReportContext) -> WorkbookSpec {
    let sheets = CoreSheets.build(context) + DetailSheets.build(context)
    return WorkbookAssembler.workbook(title: title(context), sheets: sheets, context: context)
  }

  /// "Rekap KPI Perpustakaan Desa: Kabupaten Ngawi, 2026-10" in the workbook's language.
  static func title(_ context: ReportContext) -> String {
    "\(context.labels.workbookTitle) \(context.placeTitle), \(context.period.description)"
  }
}

import PustakaCore
import XLSXWriter

/// The province summary workbook (*Rekap Provinsi*), written when the data holds several
/// regencies: one per province, `Provinsi-<Province>-<period>.xlsx`.
///
/// Two sheets: the summary (the province's headline figures against the previous period,
/// the award list across the province, the regencies' mean KPI and IPLM charted), and the
/// regencies (one row each, ranked by mean KPI and by IPLM, with usage, budget and staff
/// figures, and their visits and budget absorption charted).
package enum ProvinceWorkbook {
  /// The file-name part of the regencies whose rows name no province.
  package static let unnamedFileName = "Tanpa-Nama"

  /// Whether `report` gets province summaries: when its data holds more than one regency.
  package static func isWritten(for report: PeriodReport) -> Bool {
    report.places.holdsSeveralRegencies
  }

  /// The workbook's file name: `Provinsi-Jawa Timur-2026-10.xlsx`, its name made safe.
  package static func fileName(province name: String?, period: Period) -> String {
    let part = name.map { SafeFileName.make($0) } ?? unnamedFileName
    return "Provinsi-\(part)-\(period.description).xlsx"
  }

  /// The workbook of `context`'s province.
  package static func workbook(_ context: ProvinceContext) -> WorkbookSpec {
    WorkbookAssembler.workbook(
      title: title(context),
      sheets: [ProvinceSummarySheet.build(context), ProvinceRegenciesSheet.build(context)],
      period: context.period, options: context.options,
      toolVersion: context.input.provenance.toolVersion)
  }

  /// "Rekap KPI Perpustakaan Desa: Provinsi Jawa Timur, 2026-10" in the workbook's language.
  static func title(_ context: ProvinceContext) -> String {
    "\(context.labels.workbookTitle) \(context.placeTitle), \(context.period.description)"
  }
}

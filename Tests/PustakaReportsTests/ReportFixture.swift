import Foundation
import PustakaCore
import TestSupport

@testable import PustakaReports

/// The small hand-made regency of `SmallRegency`, scored for 2026-10, as the report writer
/// receives it.
enum ReportFixture {
  static let period = Period.month(SmallRegency.lastMonth)
  /// 2026-10-31 23:59:59 UTC, the end of the period.
  static let created = Date(timeIntervalSince1970: 1_793_491_199)

  static let input: ReportInput = {
    let scorer = KPIScorer(dataSet: SmallRegency.dataSet())
    let report = PeriodReport(scorer: scorer, period: period)
    let previous = PeriodReport(scorer: scorer, period: period.previous)
    let quality = DataQualityInput(
      files: [
        InputFileSummary(
          path: "libraries.csv", table: .libraries, sha256: String(repeating: "a", count: 64),
          rowsRead: 8, accepted: 7, rejected: 1, warnings: 0)
      ], skippedFiles: ["reports/ngawi/2026-09/Rekap-Ngawi-2026-09.xlsx"])
    return ReportInput(
      report: report, previous: previous, quality: quality,
      provenance: Provenance(
        toolVersion: "0.1.0", rubricSource: "built-in",
        rubricSHA256: String(repeating: "b", count: 64)))
  }()

  static func context(
    language: ReportLanguage = .indonesian, district: Int? = nil
  ) -> ReportContext {
    let places = input.report.places
    let scope =
      district.map { ReportScope.district($0, ofRegency: 0, in: places) }
      ?? ReportScope.regency(0, in: places)
    return ReportContext(
      input: input, scope: scope,
      options: ReportOptions(language: language, office: "Dinas Perpustakaan", created: created))
  }

  /// The regency context of a changed copy of the small regency: `dataSet` scored for the
  /// fixture's period, without a previous period.
  static func context(of dataSet: DataSet) -> ReportContext {
    let input = ReportInput(
      report: PeriodReport(scorer: KPIScorer(dataSet: dataSet), period: period),
      previous: nil, quality: self.input.quality, provenance: self.input.provenance)
    return ReportContext(
      input: input, scope: .regency(0, in: input.report.places),
      options: ReportOptions(office: "Dinas Perpustakaan", created: created))
  }
}

import Foundation
import PustakaCore
import XLSXWriter

/// Turns built sheets into a `WorkbookSpec` with the properties every report carries.
package enum WorkbookAssembler {
  /// The workbook of `sheets` titled `title`.
  ///
  /// Every report carries the custom property `pustaka_kind` = `report` (so a data folder
  /// holding old reports never reads them back as input), the office as author, the period
  /// as subject and the fixed creation time of `context.options`.
  package static func workbook(
    title: String, sheets: [ReportSheet], context: ReportContext
  ) -> WorkbookSpec {
    workbook(
      title: title, sheets: sheets, period: context.period, options: context.options,
      toolVersion: context.input.provenance.toolVersion)
  }

  /// The workbook of `sheets` titled `title`, for `period`, with `options`' office and
  /// creation time, made by version `toolVersion`.
  package static func workbook(
    title: String, sheets: [ReportSheet], period: Period, options: ReportOptions,
    toolVersion: String
  ) -> WorkbookSpec {
    let properties = DocumentProperties(
      title: title, subject: period.description, author: options.office,
      company: options.office, keywords: "pustaka, KPI, perpustakaan desa",
      created: options.created,
      custom: [
        (WorkbookMarks.kind, WorkbookMarks.report), ("pustaka_period", period.description),
        ("pustaka_version", toolVersion),
      ])
    return WorkbookSpec(sheets: sheets.map(\.spec), properties: properties)
  }
}

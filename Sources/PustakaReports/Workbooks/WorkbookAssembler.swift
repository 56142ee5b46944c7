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
    let properties = DocumentProperties(
      title: title, subject: context.period.description, author: context.options.office,
      company: context.options.office, keywords: "pustaka, KPI, perpustakaan desa",
      created: context.options.created,
      custom: [
        (WorkbookMarks.kind, WorkbookMarks.report), ("pustaka_period", context.period.description),
        ("pustaka_version", context.input.provenance.toolVersion),
      ])
    return WorkbookSpec(sheets: sheets.map(\.spec), properties: properties)
  }
}

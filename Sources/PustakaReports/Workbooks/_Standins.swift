// TEMPORARY, never committed: compile-time stand-ins until the sheet branches merge.
import PustakaCore
import XLSXWriter

enum CoreSheets {
  static func build(_ context: ReportContext) -> [ReportSheet] {
    [ReportSheet(name: context.labels.summarySheet)]
  }
}

enum DetailSheets {
  static func build(_ context: ReportContext) -> [ReportSheet] { [] }
}

enum LibraryCard {
  static func workbook(for score: LibraryScore, context: ReportContext) -> WorkbookSpec {
    WorkbookAssembler.workbook(
      title: score.library.name, sheets: [ReportSheet(name: "Rapor")], context: context)
  }
}

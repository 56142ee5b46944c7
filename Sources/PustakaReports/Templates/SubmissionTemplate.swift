import Foundation
import PustakaCore
import XLSXWriter

/// The data-entry workbook a village library fills in for one month and sends back.
///
/// Its first sheet says in plain words how to fill it in; then one sheet per monthly table of
/// the data contract, named and headed so that the returned file loads as it is: attendance
/// with one row per day, activities with empty rows, budget with one row per category and
/// source the library used in the last 12 months, collection with one row per category, and
/// operations with one row. Identity cells and headers are locked (no password), entry cells
/// are yellow and validated. The custom properties state the library and the month
/// (`SubmissionIdentity`), so rows of another library or month are reported when it returns.
///
/// A blank template, for a library not yet in the register, starts with a `libraries` sheet
/// whose one row the manager fills in; the other sheets take the library id from there.
package struct SubmissionTemplate: Sendable {
  /// How many empty rows the activities sheet offers.
  package static let activityRows = 15

  /// The workbook's specification, ready for `WorkbookWriter.write(_:to:)`.
  package let spec: WorkbookSpec
  /// Its file name: `NGW-001-2026-10.xlsx`, or `baru-2026-10.xlsx` / `new-2026-10.xlsx` for a
  /// blank template.
  package let fileName: String

  /// The template of `library` (`nil` for a blank one) for `history`'s month in `language`.
  package init(library: VillageLibrary?, history: TemplateHistory, language: ReportLanguage) {
    let month = history.month
    let monthName = ReportLabels.of(language).monthInWords(month)
    let blankName = language == .indonesian ? "baru" : "new"
    let librarySheet = language == .indonesian ? TableName.libraries.indonesianName : "libraries"
    let libraryCell: CellValue =
      if let library {
        .string(library.id.rawValue)
      } else {
        .formula(
          "IF('\(librarySheet)'!$A$2=\"\",\"\",'\(librarySheet)'!$A$2)", cached: .string(""))
      }
    let context = TemplateContext(
      language: language, labels: .of(language), month: month, monthName: monthName,
      libraryCell: libraryCell)
    let id = library?.id
    var sheets = [
      InstructionsSheet(
        library: library, lastCollection: history.lastCollection(of: id), context: context
      ).spec
    ]
    if library == nil {
      var register = EntrySheet(.libraries, context: context)
      register.addRow([:])
      sheets.append(register.spec)
    }
    sheets.append(Self.attendance(context))
    sheets.append(Self.activities(context))
    sheets.append(Self.budget(history.budgetLines(of: id), context))
    sheets.append(Self.collection(history.lastCollection(of: id), context))
    sheets.append(Self.operations(context))
    let identity = SubmissionIdentity(libraryID: id, month: month, language: language.rawValue)
    let title = [context.labels.title, library?.name, monthName].compactMap { $0 }
    spec = WorkbookSpec(
      sheets: sheets,
      properties: DocumentProperties(
        title: title.joined(separator: " – "), author: "pustaka template",
        created: SubmissionWorkbook.endOfMonth(month.previous),
        custom: identity.customProperties.map { (name: $0.0, value: $0.1) }))
    fileName = "\(id?.rawValue ?? blankName)-\(month).xlsx"
  }

  private static func attendance(_ context: TemplateContext) -> SheetSpec {
    var sheet = EntrySheet(.attendance, context: context)
    let month = context.month
    for day in 1...month.numberOfDays {
      sheet.addRow([
        "library_id": context.libraryCell,
        "date": .date(year: month.year, month: month.month, day: day),
      ])
    }
    return sheet.spec
  }

  private static func activities(_ context: TemplateContext) -> SheetSpec {
    var sheet = EntrySheet(.activities, context: context)
    for _ in 0..<activityRows { sheet.addRow(["library_id": context.libraryCell]) }
    return sheet.spec
  }

  private static func budget(
    _ lines: [TemplateHistory.BudgetLine], _ context: TemplateContext
  ) -> SheetSpec {
    var sheet = EntrySheet(.budget, context: context)
    for line in lines {
      sheet.addRow([
        "library_id": context.libraryCell, "month": context.monthCell,
        "category": .string(line.category.displayName.text(in: context.language)),
        "source": .string(line.source.displayName.text(in: context.language)),
      ])
    }
    return sheet.spec
  }

  private static func collection(
    _ lastMonth: [CollectionStock], _ context: TemplateContext
  ) -> SheetSpec {
    var sheet = EntrySheet(.collection, context: context)
    for category in CollectionCategory.allCases {
      sheet.addRow([
        "library_id": context.libraryCell, "month": context.monthCell,
        "category": .string(category.displayName.text(in: context.language)),
      ])
      // Last month's stock beside the row, as a note that the loader never reads.
      if let stock = lastMonth.first(where: { $0.category == category }) {
        sheet.annotateLastRow("category", context.labels.lastMonthNote + context.stockText(stock))
      }
    }
    return sheet.spec
  }

  private static func operations(_ context: TemplateContext) -> SheetSpec {
    var sheet = EntrySheet(.operations, context: context)
    sheet.addRow(["library_id": context.libraryCell, "month": context.monthCell])
    return sheet.spec
  }
}

import Foundation
import PustakaCore
import XLSXWriter

/// A data set laid out as a submission workbook: one sheet per table of the data contract,
/// named after the table, with the contract's headers and typed values.
///
/// A workbook may hold only some tables, as a monthly submission without the register does.
/// Numbers are numeric cells, dates are date cells shown `yyyy-mm-dd`, months are date cells
/// of their first day shown `yyyy-mm` (a date cell in a month column gives its month), rupiah
/// are numbers shown `#,##0`; empty optional values are empty cells. The workbook carries the
/// custom property `pustaka_kind` = `submission`, so runs read it as input, and a fixed creation
/// time, so the same data gives the same file.
package struct SubmissionWorkbook: Sendable {
  /// The workbook's specification, ready for `WorkbookWriter.write(_:to:)`.
  package let spec: WorkbookSpec

  /// Lays out the `tables` of `dataSet`, dated at the last second of `month` (UTC).
  package init(
    dataSet: DataSet, tables: [TableName] = TableName.allCases, createdAtEndOf month: Month
  ) {
    let sheets = tables.map { Self.sheet(for: $0, of: dataSet) }
    let properties = DocumentProperties(
      title: "Pustaka sample data", author: "pustaka sample",
      created: Self.endOfMonth(month), custom: [(WorkbookMarks.kind, WorkbookMarks.submission)])
    spec = WorkbookSpec(sheets: sheets, properties: properties)
  }

  /// The last second of `month` in UTC, such as 2026-10-31 23:59:59 for October 2026.
  static func endOfMonth(_ month: Month) -> Date {
    let next = month.next
    let firstOfNext = CalendarDate(year: next.year, month: next.month, day: 1)
    let days = firstOfNext?.daysSinceEpoch ?? 0
    return Date(timeIntervalSince1970: TimeInterval(days) * 86_400 - 1)
  }

  // MARK: - Sheets

  private static let header = CellFormat(bold: true)
  private static let dateFormat = CellFormat(numberFormat: "yyyy-mm-dd")
  private static let monthFormat = CellFormat(numberFormat: "yyyy-mm")
  private static let moneyFormat = CellFormat(numberFormat: "#,##0")

  private static func sheet(for table: TableName, of data: DataSet) -> SheetSpec {
    var sheet = SheetSpec(name: table.rawValue)
    var rows = SheetRows(sheet: sheet)
    let columns = DataContract.table(table).columns
    rows.header(columns.map(\.key))
    switch table {
    case .libraries:
      for library in data.libraries {
        rows.row([
          .string(library.id.rawValue), .string(library.name), .string(library.village),
          .string(library.villageType.rawValue), .string(library.district),
          .string(library.regency), library.province.map(CellValue.string),
          .number(Double(library.population)), library.floorAreaSquareMetres.map(CellValue.number),
          library.opened.map(date), library.accreditation.map { .string($0.rawValue) },
        ])
      }
    case .budget:
      for entry in data.budget {
        rows.row([
          .string(entry.libraryID.rawValue), month(entry.month), .string(entry.category.rawValue),
          .string(entry.source.rawValue), .number(Double(entry.allocated.amount)),
          .number(Double(entry.spent.amount)),
        ])
      }
    case .collection:
      for stock in data.collection {
        rows.row([
          .string(stock.libraryID.rawValue), month(stock.month), .string(stock.category.rawValue),
          .number(Double(stock.titles)), .number(Double(stock.copies)),
          .number(Double(stock.acquiredCopies)), .number(Double(stock.weededCopies)),
        ])
      }
    case .attendance:
      for day in data.attendance {
        rows.row([
          .string(day.libraryID.rawValue), date(day.date), .number(Double(day.visitors)),
          day.childVisitors.map { .number(Double($0)) }, .number(Double(day.loans)),
          .number(Double(day.newMembers)), .boolean(day.isOpen),
        ])
      }
    case .activities:
      for activity in data.activities {
        rows.row([
          .string(activity.libraryID.rawValue), date(activity.date),
          .string(activity.type.rawValue), activity.title.map(CellValue.string),
          .number(Double(activity.participants)), .number(activity.hours),
          activity.partner.map(CellValue.string),
        ])
      }
    case .operations:
      for snapshot in data.operations {
        rows.row([
          .string(snapshot.libraryID.rawValue), month(snapshot.month),
          .number(Double(snapshot.paidStaff)), .number(Double(snapshot.volunteers)),
          .number(snapshot.volunteerHours), snapshot.trainedStaff.map { .number(Double($0)) },
          snapshot.registeredMembers.map { .number(Double($0)) },
        ])
      }
    }
    sheet = rows.sheet
    for (index, column) in columns.enumerated() {
      let format: CellFormat?
      switch column.type {
      case .rupiah: format = moneyFormat
      case .date: format = dateFormat
      case .month: format = monthFormat
      default: format = nil
      }
      sheet.columns[index] = ColumnSpec(width: .fit, format: format)
    }
    sheet.frozenPane = CellReference(row: 1, column: 0)
    return sheet
  }

  private static func date(_ value: CalendarDate) -> CellValue {
    .date(year: value.year, month: value.month, day: value.day)
  }

  private static func month(_ value: Month) -> CellValue {
    .date(year: value.year, month: value.month, day: 1)
  }

  /// Writes rows one after another, each value with its column's format.
  private struct SheetRows {
    var sheet: SheetSpec
    private var names: [String] = []
    private var next = 0

    init(sheet: SheetSpec) {
      self.sheet = sheet
    }

    mutating func header(_ columns: [String]) {
      names = columns
      for (column, name) in columns.enumerated() {
        sheet.write(.string(name), row: 0, column: column, format: SubmissionWorkbook.header)
      }
      next = 1
    }

    mutating func row(_ values: [CellValue?]) {
      for (column, value) in values.enumerated() {
        guard let value else { continue }
        sheet.write(value, row: next, column: column, format: format(of: names[column], value))
      }
      next += 1
    }

    private func format(of column: String, _ value: CellValue) -> CellFormat {
      guard case .date = value else {
        return column.hasSuffix("_idr") ? SubmissionWorkbook.moneyFormat : .standard
      }
      return column == "month" ? SubmissionWorkbook.monthFormat : SubmissionWorkbook.dateFormat
    }
  }
}

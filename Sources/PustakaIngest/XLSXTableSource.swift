import Foundation
import PustakaCore
import XLSXReader

/// Turns the rows of an `.xlsx` sheet into the raw rows the table loaders read, so that
/// workbooks and CSV files go through the same checks.
///
/// Text cells keep their text (parsed later in the localised number style); numeric cells keep
/// their value; date cells stay serial numbers, which date and month columns convert. The
/// 1904 date system is shifted to Excel's usual 1900 system here. Rows come one at a time from
/// `XLSXStreamingWorkbook.forEachRow(inSheet:_:)`; one `RawRow` is reused for all of them.
struct XLSXTableSource {
  /// Days between the 1900 and 1904 date systems' day zero.
  private static let date1904Offset = 1462.0

  /// Whether the serial dates of the workbook count from 1904.
  let date1904: Bool
  private var row = RawRow()

  /// A source for a workbook in the 1904 date system when `date1904`.
  init(date1904: Bool) {
    self.date1904 = date1904
  }

  /// Whether a workbook with these custom document properties is a report written by pustaka
  /// (custom property `pustaka_kind` is `report`, the value trimmed).
  static func isReport(_ customProperties: [String: String]) -> Bool {
    customProperties[WorkbookMarks.kind]?.trimmingCharacters(in: .whitespacesAndNewlines)
      == WorkbookMarks.report
  }

  /// The table a sheet name stands for, matched like headers (`Kunjungan` is attendance).
  static func table(forSheet name: String) -> TableName? {
    TableName(matching: name)
  }

  /// The raw row of one sheet row; its line is the sheet's 1-based row number.
  ///
  /// The result is valid until the next call.
  mutating func rawRow(_ sheetRow: XLSXRow) -> RawRow {
    row.reset()
    row.line = sheetRow.index + 1
    for cell in sheetRow.cells {
      while row.cells.count < cell.column { row.appendText([UInt8]()) }
      switch cell.value {
      case .empty:
        row.appendText([UInt8]())
      case .string(let text):
        row.appendText(text.utf8)
      case .error(let code):
        row.appendText(code.utf8)
      case .boolean(let value):
        row.cells.append(.boolean(value))
      case .number(let value):
        let isDate = cell.isDateFormatted
        let shifted = isDate && date1904 ? value + Self.date1904Offset : value
        row.cells.append(.number(shifted, isDate: isDate))
      }
    }
    row.replaceCharactersXMLCannotCarry()
    return row
  }
}

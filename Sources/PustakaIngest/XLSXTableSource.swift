import Foundation
import PustakaCore
import XLSXReader

/// Turns the sheets of an `.xlsx` workbook into the raw rows the table loaders read, so that
/// workbooks and CSV files go through the same checks.
///
/// Text cells keep their text (parsed later in the localised number style); numeric cells keep
/// their value; date cells stay serial numbers, which date and month columns convert. The
/// 1904 date system is shifted to Excel's usual 1900 system here.
enum XLSXTableSource {
  /// Days between the 1900 and 1904 date systems' day zero.
  private static let date1904Offset = 1462.0

  /// The custom document property that marks workbooks a run wrote.
  static let kindProperty = "pustaka_kind"

  /// Whether `document` is a report written by pustaka (custom property `pustaka_kind` is
  /// `report`, the value trimmed).
  static func isReport(_ document: XLSXDocument) -> Bool {
    document.customProperties[kindProperty]?.trimmingCharacters(in: .whitespacesAndNewlines)
      == "report"
  }

  /// The table a sheet name stands for, matched like headers (`Kunjungan` is attendance).
  static func table(forSheet name: String) -> TableName? {
    TableName(matching: name)
  }

  /// Calls `body` with each row of `sheet` that has cells, top to bottom; the row's line is the
  /// sheet's 1-based row number.
  static func forEachRow(of sheet: XLSXSheet, date1904: Bool, _ body: (RawRow) -> Void) {
    var row = RawRow()
    for sheetRow in sheet.rows {
      row.reset()
      row.line = sheetRow.index + 1
      for cell in sheetRow.cells {
        while row.cells.count < cell.column { row.appendText([UInt8]()) }
        switch cell.value {
        case .empty:
          row.appendText([UInt8]())
        case .string(let text):
          row.appendText(Array(text.utf8))
        case .error(let code):
          row.appendText(Array(code.utf8))
        case .boolean(let value):
          row.cells.append(.boolean(value))
        case .number(let value):
          let isDate = cell.isDateFormatted
          let shifted = isDate && date1904 ? value + date1904Offset : value
          row.cells.append(.number(shifted, isDate: isDate))
        }
      }
      row.replaceCharactersXMLCannotCarry()
      body(row)
    }
  }
}

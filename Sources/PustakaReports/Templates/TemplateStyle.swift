import PustakaCore
import XLSXWriter

/// The cell formats and column widths of a data-entry template.
///
/// Entry cells are pale yellow with a thin border, so a manager sees at once where to type;
/// prefilled cells are grey and locked; headers are bold, wrapped and locked.
enum TemplateStyle {
  private static let entryFill = Color(rgb: 0xFF_F2CC)
  private static let prefilledFill = Color(rgb: 0xEE_EEEE)
  private static let headerFill = Color(rgb: 0xD9_E1F2)
  private static let borderColor = Color(rgb: 0xBF_BFBF)

  /// The header row's cells.
  static let header = CellFormat(
    bold: true, fill: headerFill, border: .thin, borderColor: borderColor,
    verticalAlignment: .center, wrapsText: true)

  /// A cell the template filled in, locked.
  static func prefilled(_ column: ContractColumn) -> CellFormat {
    CellFormat(
      numberFormat: numberFormat(column), fill: prefilledFill, border: .thin,
      borderColor: borderColor)
  }

  /// A cell for the manager to fill in, editable.
  static func entry(_ column: ContractColumn) -> CellFormat {
    CellFormat(
      numberFormat: numberFormat(column), fill: entryFill, border: .thin,
      borderColor: borderColor, isLocked: false)
  }

  /// The format of a column's cells below the written rows: editable, so rows can be added.
  static func column(_ column: ContractColumn) -> CellFormat {
    CellFormat(numberFormat: numberFormat(column), isLocked: false)
  }

  /// The number format a column's values are shown in.
  static func numberFormat(_ column: ContractColumn) -> String? {
    switch column.type {
    case .rupiah: return "#,##0"
    case .wholeNumber, .positiveWholeNumber: return "0"
    case .date: return "yyyy-mm-dd"
    case .month: return "yyyy-mm"
    case .number, .boolean, .enumeration, .id, .text: return nil
    }
  }

  /// The width of a column, in characters.
  static func width(_ column: ContractColumn) -> Double {
    switch column.type {
    case .text: return 30
    case .enumeration: return 22
    case .rupiah: return 16
    case .id, .date, .month: return 13
    case .wholeNumber, .positiveWholeNumber, .number, .boolean: return 12
    }
  }
}

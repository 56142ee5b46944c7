/// What one cell holds.
///
/// Text is always written as a string, whatever it starts with: `=1+1` as `.string` shows the
/// four characters, never a formula. Formulas are only ever `.formula`, built by our own code.
package enum CellValue: Hashable, Sendable {
  /// Text, written as a shared string.
  case string(String)
  /// A number; must be finite.
  case number(Double)
  /// `TRUE` or `FALSE`.
  case boolean(Bool)
  /// A calendar date, written as an Excel date serial number (give the cell a date format).
  case date(year: Int, month: Int, day: Int)
  /// A hyperlink showing `text` (or the URL itself when `text` is `nil`).
  case url(String, text: String?)
  /// An empty cell that still carries a format.
  case blank
  /// A formula (without the leading `=`) with the value Excel and viewers show before
  /// recalculating.
  case formula(String, cached: FormulaResult)
}

/// The cached result stored with a formula.
package enum FormulaResult: Hashable, Sendable {
  /// A numeric result.
  case number(Double)
  /// A text result.
  case string(String)
}

extension CellValue {
  /// The text a viewer shows before applying a number format, used to size columns.
  var displayText: String? {
    switch self {
    case .string(let text): return text
    case .url(let url, let text): return text ?? url
    case .formula(_, .string(let text)): return text
    case .number, .boolean, .date, .blank, .formula: return nil
    }
  }

  /// The number a viewer formats, used to size columns.
  var displayNumber: Double? {
    switch self {
    case .number(let value): return value
    case .formula(_, .number(let value)): return value
    case .boolean(let flag): return flag ? 1 : 0
    case .string, .date, .url, .blank, .formula: return nil
    }
  }
}

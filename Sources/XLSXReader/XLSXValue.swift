/// The value a cell holds, as the file stores it (dates stay serial numbers).
package enum XLSXValue: Sendable, Equatable {
  /// No value: a styled blank, or a formula without a cached result.
  case empty
  /// Text, from the shared strings, an inline string or a formula's string result.
  case string(String)
  /// A number, exactly as written; dates and times are serial numbers.
  case number(Double)
  /// A logical value.
  case boolean(Bool)
  /// An error value as Excel spells it ("#DIV/0!", "#N/A").
  case error(String)
}

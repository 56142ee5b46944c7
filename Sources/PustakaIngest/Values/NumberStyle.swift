/// How numbers in text cells are written, decided by the file they come from.
enum NumberStyle: Equatable, Sendable {
  /// `,`- and tab-delimited files: `.` is the decimal separator and `,` may only group
  /// thousands in a grouped integer part (`1,234.5`).
  case international
  /// `;`-delimited files and text cells of `.xlsx` files: Indonesian `1.234,5` and `1.500.000`
  /// as well as `1,234.5` and `12.5`.
  case localised
}

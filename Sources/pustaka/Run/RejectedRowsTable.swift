import PustakaCore

/// `rejected-rows.csv`: every rejected input row with where it came from, why, and its cells.
///
/// Columns: `file, sheet, line, table, severity, reason`, then `value_1 ... value_N` holding
/// the row's cells as read (N is the longest rejected row). `severity` is `error` for rows
/// rejected for a problem and `warning` for identical duplicate copies (kept once). Several
/// reasons are joined with `; `.
enum RejectedRowsTable {
  /// The table of `rows`, in reading order.
  static func table(_ rows: [RejectedRow]) -> TextTable {
    let width = rows.map(\.cells.count).max() ?? 0
    let header =
      ["file", "sheet", "line", "table", "severity", "reason"]
      + (0..<width).map { "value_\($0 + 1)" }
    let body: [[TextTable.Cell]] = rows.map { row in
      let cells: [TextTable.Cell] = [
        .text(row.file), .text(row.sheet), .integer(row.line), .text(row.table.rawValue),
        .text(row.isError ? "error" : "warning"),
        .text(row.reasons.map(\.message).joined(separator: "; ")),
      ]
      let values = row.cells.map { TextTable.Cell.text($0) }
      return cells + values + Array(repeating: .empty, count: width - values.count)
    }
    return TextTable(header: header, rows: body)
  }
}

import PustakaCore

/// `rejected-rows.csv`: every rejected input row with where it came from, why, and its cells.
///
/// Columns: `file, sheet, line, table, severity, reason`, then `value_1 ... value_N` holding
/// the row's cells as read (N is the longest rejected row). `severity` is `error` for rows
/// rejected for a problem and `warning` for identical duplicate copies (kept once). Several
/// reasons are joined with `; `.
///
/// Each regency folder gets the rows of its own libraries (`rows(of:in:)`); a run over several
/// regencies also writes the complete list at the top of the output folder.
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

  /// The rows of `rows` that belong to regency `regency` of `places`.
  ///
  /// A row belongs to the regency of its library; a rejected `libraries` row whose library is
  /// not in the registry belongs to the regency it names (matched in the group's spelling). A
  /// row that names no known library or regency belongs to the only regency when the data
  /// has one, and otherwise appears only in the complete list.
  static func rows(
    of regency: Int, in rows: [RejectedRow], places: PlaceDirectory
  ) -> [RejectedRow] {
    let regencyByKey = Dictionary(
      places.regencies.enumerated().map { (NameFolding.placeKey($1.name), $0) },
      uniquingKeysWith: { first, _ in first })
    return rows.filter { row in
      let owner =
        row.libraryID.flatMap { places.libraryPositionByID[LibraryID($0)] }.map {
          places.regencyOfLibrary[$0]
        } ?? row.regency.flatMap { regencyByKey[NameFolding.placeKey($0)] }
      return owner.map { $0 == regency } ?? (places.regencies.count == 1)
    }
  }
}

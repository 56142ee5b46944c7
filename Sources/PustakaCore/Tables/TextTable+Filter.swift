extension TextTable {
  /// The rows whose `column` holds exactly `value` as text, with the same header.
  ///
  /// The run writes one `scores.csv` and `districts.csv` per regency this way: the engine's
  /// tables cover the whole data set; `filtered(column: "regency", equals: "Ngawi")` keeps
  /// Ngawi's rows. An unknown column gives no rows.
  package func filtered(column: String, equals value: String) -> TextTable {
    guard let index = header.firstIndex(of: column) else {
      return TextTable(header: header, rows: [])
    }
    return TextTable(
      header: header,
      rows: rows.filter { $0.indices.contains(index) && $0[index].plainText == value })
  }
}

import XLSXWriter

/// A column of a table declared once: its caption and format, and how it reads one row of
/// the table's source values.
struct TableColumn<Row> {
  /// The caption and the data cells' format.
  let definition: ColumnDefinition
  /// The cell of a row.
  let value: (Row) -> ReportCell

  init(
    _ caption: String, format: CellFormat = ReportFormats.text,
    value: @escaping (Row) -> ReportCell
  ) {
    definition = ColumnDefinition(caption, format: format)
    self.value = value
  }
}

extension WorksheetReader {
  /// Reads `<sheetData>` into row-major cells.
  ///
  /// A `<row>` without `r` follows the previous row; a `<c>` without `r` follows the previous
  /// cell of its row (LibreOffice and some writers leave them out). When two cells land on one
  /// position the later one wins, as in Excel.
  func cells(_ sheetData: MarkupElement?) throws(XLSXReaderError) -> [XLSXCell] {
    guard let sheetData else { return [] }
    var cells: [XLSXCell] = []
    var builder = CellBuilder(context: context, part: part)
    for row in sheetData.children("row", in: .spreadsheet) {
      try builder.beginRow(reference: row.attribute("r"))
      for element in row.children("c", in: .spreadsheet) {
        cells.append(try builder.cell(CellMarkup(element)))
      }
      builder.endRow()
    }
    return Self.rowMajor(cells)
  }

  /// Sorts cells top to bottom, then left to right; of two cells on one position the later
  /// one in `cells` is kept.
  static func rowMajor(_ cells: [XLSXCell]) -> [XLSXCell] {
    let ordered = cells.enumerated().sorted {
      ($0.element.row, $0.element.column, $0.offset) < (
        $1.element.row, $1.element.column, $1.offset
      )
    }
    var result: [XLSXCell] = []
    result.reserveCapacity(ordered.count)
    for (_, cell) in ordered {
      if let last = result.last, last.row == cell.row, last.column == cell.column {
        result[result.count - 1] = cell
      } else {
        result.append(cell)
      }
    }
    return result
  }
}

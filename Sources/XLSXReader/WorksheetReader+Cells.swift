extension WorksheetReader {
  /// A shared formula's master: its text and the cell it is written on.
  private struct SharedMaster {
    var formula: String
    var row: Int
    var column: Int
  }

  /// Reads `<sheetData>` into row-major cells.
  ///
  /// A `<row>` without `r` follows the previous row; a `<c>` without `r` follows the previous
  /// cell of its row (LibreOffice and some writers leave them out). When two cells land on one
  /// position the later one wins, as in Excel.
  func cells(_ sheetData: MarkupElement?) throws(XLSXReaderError) -> [XLSXCell] {
    guard let sheetData else { return [] }
    var cells: [XLSXCell] = []
    var masters: [String: SharedMaster] = [:]
    var nextRow = 0
    for row in sheetData.children("row", in: .spreadsheet) {
      var rowIndex = nextRow
      if let text = row.attribute("r") {
        guard let number = Int(text.trimmingXMLSpace), number >= 1,
          number - 1 <= CellAddress.maximumRow
        else { throw invalid("row number \"\(text)\" is not valid") }
        rowIndex = number - 1
      }
      var nextColumn = 0
      for element in row.children("c", in: .spreadsheet) {
        var address = CellAddress(row: rowIndex, column: nextColumn)
        if let text = element.attribute("r") {
          guard let parsed = CellAddress(text.trimmingXMLSpace) else {
            throw invalid("cell reference \"\(text)\" is not valid")
          }
          address = parsed
        }
        guard address.column <= CellAddress.maximumColumn else {
          throw invalid("row \(rowIndex + 1) has more than \(CellAddress.maximumColumn + 1) cells")
        }
        nextColumn = address.column + 1
        cells.append(try cell(element, at: address, masters: &masters))
      }
      nextRow = rowIndex + 1
    }
    return Self.rowMajor(cells)
  }

  private static func rowMajor(_ cells: [XLSXCell]) -> [XLSXCell] {
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

  private func cell(
    _ element: MarkupElement, at address: CellAddress, masters: inout [String: SharedMaster]
  ) throws(XLSXReaderError) -> XLSXCell {
    let styleIndex = element.integer("s") ?? 0
    let style = context.styles[styleIndex]
    var cell = XLSXCell(
      row: address.row, column: address.column,
      value: try value(element, reference: address.a1),
      numberFormat: style.numberFormat, numberFormatID: style.numberFormatID,
      styleIndex: styleIndex, isBold: style.isBold)
    if let formula = element.child("f", in: .spreadsheet) {
      (cell.formula, cell.isSharedFormulaMaster) = Self.formula(
        formula, at: address, masters: &masters)
    }
    return cell
  }

  private static func formula(
    _ element: MarkupElement, at address: CellAddress, masters: inout [String: SharedMaster]
  ) -> (String?, Bool) {
    let text = element.text
    guard element.attribute("t") == "shared", let group = element.attribute("si") else {
      return (text.isEmpty ? nil : text, false)
    }
    if !text.trimmingXMLSpace.isEmpty {
      masters[group] = SharedMaster(formula: text, row: address.row, column: address.column)
      return (text, false)
    }
    guard let master = masters[group] else { return (nil, false) }
    if let shifted = SharedFormula.shift(
      master.formula, rows: address.row - master.row, columns: address.column - master.column)
    {
      return (shifted, false)
    }
    return (master.formula, true)
  }

  private func value(_ element: MarkupElement, reference: String) throws(XLSXReaderError)
    -> XLSXValue
  {
    let raw = element.child("v", in: .spreadsheet)?.text
    let type = element.attribute("t") ?? "n"
    switch type {
    case "s":
      guard let raw else { return .empty }
      guard let index = Int(raw.trimmingXMLSpace), context.sharedStrings.indices.contains(index)
      else { throw invalid("cell \(reference) names shared string \"\(raw)\", which is not there") }
      return .string(context.sharedStrings[index])
    case "inlineStr":
      if let item = element.child("is", in: .spreadsheet) {
        return .string(SpreadsheetText.of(item))
      }
      return raw.map { .string(SpreadsheetText.decodeEscapes($0)) } ?? .empty
    case "str":
      return raw.map { .string(SpreadsheetText.decodeEscapes($0)) } ?? .empty
    case "b":
      guard let raw else { return .empty }
      switch raw.trimmingXMLSpace {
      case "1", "true": return .boolean(true)
      case "0", "false": return .boolean(false)
      default: throw invalid("cell \(reference) holds \"\(raw)\", which is not a boolean")
      }
    case "e":
      return raw.map { .error($0.trimmingXMLSpace) } ?? .empty
    case "d":
      guard let raw else { return .empty }
      guard
        let serial = SerialDate.serial(
          iso8601: raw.trimmingXMLSpace, date1904: context.usesDate1904)
      else { throw invalid("cell \(reference) holds \"\(raw)\", which is not a date") }
      return .number(serial)
    case "n":
      let trimmed = raw?.trimmingXMLSpace ?? ""
      if trimmed.isEmpty { return .empty }
      guard let number = Double(trimmed), number.isFinite else {
        throw invalid("cell \(reference) holds \"\(trimmed)\", which is not a number")
      }
      return .number(number)
    default:
      throw invalid("cell \(reference) has unknown type \"\(type)\"")
    }
  }
}

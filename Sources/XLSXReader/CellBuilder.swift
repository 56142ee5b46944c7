/// Interprets the rows and cells of a worksheet's `<sheetData>` in document order: positions
/// of rows and cells without `r`, values through the shared strings and styles, and shared
/// formulas expanded from their masters.
struct CellBuilder {
  /// A shared formula's master: its text and the cell it is written on.
  private struct SharedMaster {
    var formula: String
    var row: Int
    var column: Int
  }

  let context: WorksheetReader.Context
  /// The sheet part, named in messages.
  let part: String
  private var masters: [String: SharedMaster] = [:]
  private var nextRow = 0
  private var nextColumn = 0
  /// The 0-based index of the current `<row>`.
  private(set) var rowIndex = 0

  init(context: WorksheetReader.Context, part: String) {
    self.context = context
    self.part = part
  }

  /// Starts a `<row>` whose `r` attribute is `reference`.
  mutating func beginRow(reference: String?) throws(XLSXReaderError) {
    rowIndex = nextRow
    if let reference {
      guard let number = Int(reference.trimmingXMLSpace), number >= 1,
        number - 1 <= CellAddress.maximumRow
      else { throw invalid("row number \"\(reference)\" is not valid") }
      rowIndex = number - 1
    }
    nextColumn = 0
  }

  /// Ends the current `<row>`.
  mutating func endRow() {
    nextRow = rowIndex + 1
  }

  /// The cell a `<c>` of the current row stands for.
  mutating func cell(_ markup: CellMarkup) throws(XLSXReaderError) -> XLSXCell {
    var address = CellAddress(row: rowIndex, column: nextColumn)
    if let text = markup.reference {
      guard let parsed = CellAddress(text.trimmingXMLSpace) else {
        throw invalid("cell reference \"\(text)\" is not valid")
      }
      address = parsed
    }
    guard address.column <= CellAddress.maximumColumn else {
      throw invalid("row \(rowIndex + 1) has more than \(CellAddress.maximumColumn + 1) cells")
    }
    nextColumn = address.column + 1
    let styleIndex = markup.style.flatMap { Int($0.trimmingXMLSpace) } ?? 0
    let style = context.styles[styleIndex]
    var cell = XLSXCell(
      row: address.row, column: address.column,
      value: try value(markup, reference: address),
      numberFormat: style.numberFormat, numberFormatID: style.numberFormatID,
      styleIndex: styleIndex, isBold: style.isBold, isLocked: style.isLocked)
    if let formula = markup.formula {
      (cell.formula, cell.isSharedFormulaMaster) = expand(formula, at: address)
    }
    return cell
  }

  private func invalid(_ detail: String) -> XLSXReaderError {
    .invalidContent(file: context.archive.file, part: part, detail: detail)
  }

  private mutating func expand(_ formula: CellMarkup.Formula, at address: CellAddress)
    -> (String?, Bool)
  {
    let text = formula.text
    guard formula.type == "shared", let group = formula.group else {
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

  private func value(_ markup: CellMarkup, reference address: CellAddress)
    throws(XLSXReaderError) -> XLSXValue
  {
    let raw = markup.value
    let type = markup.type ?? "n"
    switch type {
    case "s":
      guard let raw else { return .empty }
      guard let index = Int(raw.trimmingXMLSpace), context.sharedStrings.contains(index) else {
        throw invalid(
          "cell \(address.a1) names shared string \"\(raw)\", which is not there")
      }
      return .string(context.sharedStrings[index])
    case "inlineStr":
      if let text = markup.inlineText {
        return .string(text)
      }
      return raw.map { .string(SpreadsheetText.decodeEscapes($0)) } ?? .empty
    case "str":
      return raw.map { .string(SpreadsheetText.decodeEscapes($0)) } ?? .empty
    case "b":
      guard let raw else { return .empty }
      switch raw.trimmingXMLSpace {
      case "1", "true": return .boolean(true)
      case "0", "false": return .boolean(false)
      default: throw invalid("cell \(address.a1) holds \"\(raw)\", which is not a boolean")
      }
    case "e":
      return raw.map { .error($0.trimmingXMLSpace) } ?? .empty
    case "d":
      guard let raw else { return .empty }
      guard
        let serial = SerialDate.serial(
          iso8601: raw.trimmingXMLSpace, date1904: context.usesDate1904)
      else { throw invalid("cell \(address.a1) holds \"\(raw)\", which is not a date") }
      return .number(serial)
    case "n":
      let trimmed = raw?.trimmingXMLSpace ?? ""
      if trimmed.isEmpty { return .empty }
      guard let number = Double(trimmed), number.isFinite else {
        throw invalid("cell \(address.a1) holds \"\(trimmed)\", which is not a number")
      }
      return .number(number)
    default:
      throw invalid("cell \(address.a1) has unknown type \"\(type)\"")
    }
  }
}

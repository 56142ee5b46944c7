/// Reads a worksheet part as `MarkupScanner` streams it, turning each `<row>` of the first
/// `<sheetData>` into an `XLSXRow` as soon as the row ends.
///
/// The elements read are those `WorksheetReader.cells(_:)` reads from the tree, at the same
/// places (`worksheet/sheetData/row/c` with its first `v`, `is` and `f`), and `CellBuilder`
/// interprets them, so each row holds exactly the cells the whole-sheet reader gives for it.
struct SheetRowsHandler: MarkupHandler {
  /// What the text being collected belongs to.
  private enum Target {
    case none
    case value
    case formula
    case inlineText
  }

  private var builder: CellBuilder
  /// Rows finished and not yet taken by `takeRows()`.
  private var ready: [XLSXRow] = []
  /// The root element's local name, once seen ("worksheet", "chartsheet").
  private(set) var rootName: String?
  private var depth = 0
  private var hasSeenSheetData = false
  private var isInSheetData = false
  private var isInRow = false
  private var rowCells: [XLSXCell] = []
  private var isInCell = false
  private var markup = CellMarkup()
  private var seenValue = false
  private var seenInline = false
  private var seenFormula = false
  private var target = Target.none
  private var targetDepth = -1
  /// Inside `<is>`: the depth of a rich text run, -1 outside one.
  private var inlineDepth = -1
  private var runDepth = -1
  private var collected: [UInt8] = []
  private var formulaType: String?
  private var formulaGroup: String?

  init(builder: CellBuilder) {
    self.builder = builder
  }

  /// The rows finished since the last call, in document order.
  mutating func takeRows() -> [XLSXRow] {
    defer { ready.removeAll(keepingCapacity: true) }
    return ready
  }

  var wantsText: Bool { depth == targetDepth }

  mutating func start(_ tag: MarkupTag) throws(XLSXReaderError) {
    depth += 1
    switch depth {
    case 1:
      rootName = String(
        decoding: UnsafeBufferPointer(rebasing: tag.bytes[tag.localName]),
        as: UTF8.self)
    case 2 where !hasSeenSheetData && tag.is("sheetData"):
      hasSeenSheetData = true
      isInSheetData = true
    case 3 where isInSheetData && tag.is("row"):
      isInRow = true
      rowCells.removeAll(keepingCapacity: true)
      try builder.beginRow(reference: tag.attribute("r"))
    case 4 where isInRow && tag.is("c"):
      isInCell = true
      markup = CellMarkup()
      markup.reference = tag.attribute("r")
      markup.type = tag.attribute("t")
      markup.style = tag.attribute("s")
      (seenValue, seenInline, seenFormula) = (false, false, false)
    case 5 where isInCell:
      startCellChild(tag)
    case 6 where inlineDepth == 5:
      if tag.is("t") {
        collect(.inlineText)
      } else if tag.is("r") {
        runDepth = 6
      }
    case 7 where runDepth == 6 && tag.is("t"):
      collect(.inlineText)
    default:
      break
    }
  }

  private mutating func startCellChild(_ tag: MarkupTag) {
    if !seenValue, tag.is("v") {
      seenValue = true
      collected.removeAll(keepingCapacity: true)
      collect(.value)
    } else if !seenInline, tag.is("is") {
      seenInline = true
      collected.removeAll(keepingCapacity: true)
      inlineDepth = 5
    } else if !seenFormula, tag.is("f") {
      seenFormula = true
      formulaType = tag.attribute("t")
      formulaGroup = tag.attribute("si")
      collected.removeAll(keepingCapacity: true)
      collect(.formula)
    }
  }

  private mutating func collect(_ what: Target) {
    target = what
    targetDepth = depth
  }

  mutating func text(_ bytes: [UInt8]) {
    collected.append(contentsOf: bytes)
  }

  mutating func end() throws(XLSXReaderError) {
    if depth == targetDepth {
      targetDepth = -1
      switch target {
      case .value:
        markup.value = String(decoding: collected, as: UTF8.self)
      case .formula:
        markup.formula = CellMarkup.Formula(
          text: String(decoding: collected, as: UTF8.self), type: formulaType,
          group: formulaGroup)
      case .inlineText, .none:
        break
      }
      target = .none
    }
    switch depth {
    case 6 where runDepth == 6:
      runDepth = -1
    case 5 where inlineDepth == 5:
      inlineDepth = -1
      markup.inlineText = SpreadsheetText.decodeEscapes(String(decoding: collected, as: UTF8.self))
    case 4 where isInCell:
      isInCell = false
      rowCells.append(try builder.cell(markup))
    case 3 where isInRow:
      isInRow = false
      builder.endRow()
      finishRow()
    case 2 where isInSheetData:
      isInSheetData = false
    default:
      break
    }
    depth -= 1
  }

  /// Hands on the cells of the `<row>` just ended as rows, each in column order; cells whose
  /// `r` names another row, or repeat a position, are sorted as the whole-sheet reader does.
  private mutating func finishRow() {
    guard let first = rowCells.first else { return }
    var isSimple = true
    var previous = -1
    for cell in rowCells {
      if cell.row != first.row || cell.column <= previous {
        isSimple = false
        break
      }
      previous = cell.column
    }
    if isSimple {
      ready.append(XLSXRow(index: first.row, cells: rowCells))
      return
    }
    var grouped: [XLSXRow] = []
    for cell in WorksheetReader.rowMajor(rowCells) {
      if let last = grouped.last, last.index == cell.row {
        grouped[grouped.count - 1].cells.append(cell)
      } else {
        grouped.append(XLSXRow(index: cell.row, cells: [cell]))
      }
    }
    ready += grouped
  }
}

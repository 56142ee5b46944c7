/// Reads a shared strings part as `MarkupScanner` streams it, into a `SharedStringTable`.
///
/// Each `<si>` child of the root becomes one string: its `<t>` and every rich text run's `<t>`
/// joined, phonetic runs left out and `_xHHHH_` escapes decoded, as `SpreadsheetText.of` reads
/// an item.
struct SharedStringsHandler: MarkupHandler {
  /// The strings read so far.
  private(set) var table = SharedStringTable()
  private var depth = 0
  private var isInItem = false
  private var runDepth = -1
  private var textDepth = -1
  private var item: [UInt8] = []

  var wantsText: Bool { depth == textDepth }

  mutating func start(_ tag: MarkupTag) throws(XLSXReaderError) {
    depth += 1
    switch depth {
    case 2 where tag.is("si"):
      isInItem = true
      item.removeAll(keepingCapacity: true)
    case 3 where isInItem:
      if tag.is("t") {
        textDepth = 3
      } else if tag.is("r") {
        runDepth = 3
      }
    case 4 where runDepth == 3 && tag.is("t"):
      textDepth = 4
    default:
      break
    }
  }

  mutating func text(_ bytes: [UInt8]) {
    item.append(contentsOf: bytes)
  }

  mutating func end() throws(XLSXReaderError) {
    if depth == textDepth { textDepth = -1 }
    if depth == runDepth { runDepth = -1 }
    if depth == 2, isInItem {
      isInItem = false
      if SpreadsheetText.mayHoldEscapes(item) {
        table.append(SpreadsheetText.decodeEscapes(String(decoding: item, as: UTF8.self)).utf8)
      } else {
        table.append(item)
      }
    }
    depth -= 1
  }
}

/// What one `<c>` element of a worksheet holds, as text, before it is interpreted.
///
/// Both ways of reading a sheet fill it: the whole-sheet reader from the element tree, the
/// streaming reader from the scanner's events, so that `CellBuilder` interprets both alike.
struct CellMarkup {
  /// The `r` attribute ("B3"), when written.
  var reference: String?
  /// The `t` attribute (the value type, "n" when absent).
  var type: String?
  /// The `s` attribute (the style index), when written.
  var style: String?
  /// The text of the first `<v>` child, nil without one.
  var value: String?
  /// The text of the first `<is>` child (runs joined, escapes decoded), nil without one.
  var inlineText: String?
  /// The first `<f>` child, nil without one.
  var formula: Formula?

  /// An `<f>` element: its text and the attributes of a shared formula.
  struct Formula {
    var text: String
    /// The `t` attribute ("shared" for a shared formula).
    var type: String?
    /// The `si` attribute, the shared formula's group.
    var group: String?
  }

  /// Reads a `<c>` element of the tree.
  init(_ element: MarkupElement) {
    reference = element.attribute("r")
    type = element.attribute("t")
    style = element.attribute("s")
    value = element.child("v", in: .spreadsheet)?.text
    inlineText = element.child("is", in: .spreadsheet).map(SpreadsheetText.of)
    formula = element.child("f", in: .spreadsheet).map {
      Formula(text: $0.text, type: $0.attribute("t"), group: $0.attribute("si"))
    }
  }

  /// An empty cell's markup, filled by the streaming reader.
  init() {}
}

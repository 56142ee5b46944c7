import Testing

@testable import PustakaIngest

/// Issue 13: `RawRow.isEmpty` decides most cells by their first byte; trimming still decides
/// cells that start with white space or a no-break space.
@Suite struct RawRowEmptyTests {
  @Test(
    "a cell is empty when nothing is left after trimming spaces, tabs and no-break spaces",
    arguments: [
      ("", true), (" ", true), ("\u{00A0}", true), (" \u{00A0}\t ", true), ("x", false),
      (" x", false), ("\u{00A0}7", false), ("7 ", false), ("\u{00C2}", false),
    ])
  func empty(text: String, isEmpty: Bool) {
    var row = RawRow()
    row.appendText(Array(text.utf8))
    #expect(row.isEmpty(0) == isEmpty)
    #expect(row.isEmpty(1))
  }
}

import Testing

@testable import XLSXReader

@Suite struct SpreadsheetTextTests {
  @Test(
    "decodes _xHHHH_ escapes",
    arguments: [
      ("a_x000D_b", "a\rb"), ("_x005F_x000D_", "_x000D_"), ("_x00e9_", "\u{e9}"),
      ("_xD83D__xDE00_", "\u{1F600}"), ("no_escape_here", "no_escape_here"), ("_x12G4_", "_x12G4_"),
    ])
  func decodesEscapes(_ text: String, _ expected: String) {
    #expect(SpreadsheetText.decodeEscapes(text) == expected)
  }
}

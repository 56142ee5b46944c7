import Foundation
import Testing

@testable import XLSXReader

@Suite struct CellAddressTests {
  @Test(
    "reads A1 text as 0-based positions",
    arguments: [
      ("A1", 0, 0), ("B3", 2, 1), ("$Z$10", 9, 25), ("AA1", 0, 26),
      ("XFD1048576", 1_048_575, 16_383),
    ])
  func reads(_ text: String, _ row: Int, _ column: Int) throws {
    let address = try #require(CellAddress(text))
    #expect(address == CellAddress(row: row, column: column))
    #expect(address.a1 == text.replacingOccurrences(of: "$", with: ""))
  }

  @Test(
    "refuses what is not a cell reference",
    arguments: ["", "A", "1", "1A", "A0", "XFE1", "A1048577"])
  func refuses(_ text: String) {
    #expect(CellAddress(text) == nil)
  }
}

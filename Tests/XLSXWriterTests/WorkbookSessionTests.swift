import Testing

@testable import XLSXWriter

/// Every NULL from libxlsxwriter's object constructors is an error (issue 10).
@Suite struct WorkbookSessionTests {
  @Test("issue 10: a NULL from workbook_add_format is an error, not the default format")
  func nullFormat() {
    #expect(
      throws: XLSXError.library(
        operation: "adding a cell format", message: "libxlsxwriter returned no object")
    ) {
      _ = try WorkbookSession.created(UnsafeMutablePointer<Int>?.none, "adding a cell format")
    }
  }
}

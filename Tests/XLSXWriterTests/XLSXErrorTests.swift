import Testing

@testable import XLSXWriter

@Suite struct XLSXErrorTests {
  @Test("a library error names the operation") func libraryErrorNamesOperation() {
    let error = XLSXError.library(operation: "closing 'a.xlsx'", message: "Error creating file")
    #expect(error.description == "closing 'a.xlsx' failed: Error creating file")
  }
}

import Testing

@testable import PustakaCore

@Suite struct DataSetTests {
  @Test("libraries are found by id") func lookup() {
    let data = DataSet(
      libraries: [
        VillageLibrary(id: "NGW-01", name: "Perpustakaan Cemerlang"),
        VillageLibrary(id: "NGW-02", name: "Perpustakaan Cerpin"),
      ], providedTables: [.libraries])
    #expect(data.library("NGW-02")?.name == "Perpustakaan Cerpin")
    #expect(data.library("NGW-03") == nil)
    #expect(data.provides(.libraries))
    #expect(!data.provides(.budget))
  }

  @Test("a diagnostic prints compiler-style") func diagnosticFormat() {
    let diagnostic = Diagnostic(
      severity: .error, code: "budget.spent_idr.negative", table: .budget,
      file: "samples/x/budget.csv", line: 7, column: 5, field: "spent_idr", value: "-5000",
      message: "spent_idr \"-5000\" is negative")
    #expect(
      diagnostic.formatted == "samples/x/budget.csv:7:5: error: spent_idr \"-5000\" is negative")
  }
}

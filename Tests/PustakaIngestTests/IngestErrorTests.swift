import Testing

@testable import PustakaIngest

@Suite struct IngestErrorTests {
  @Test("a missing data folder says what to pass") func missingFolderMessage() {
    let error = IngestError.dataFolderMissing(path: "data")
    #expect(
      error.description
        == "data folder 'data' does not exist; pass the folder of the CSV files with --data")
  }
}

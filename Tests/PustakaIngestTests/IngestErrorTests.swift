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

@Suite struct IngestErrorNamingTests {
  @Test("a failure can name the path as the user wrote it") func namesPath() {
    #expect(
      IngestError.dataFolderMissing(path: "/abs/data").naming(path: "data")
        == .dataFolderMissing(path: "data"))
    #expect(
      IngestError.notADataSet(path: "/abs/x.txt").naming(path: "x.txt")
        == .notADataSet(path: "x.txt"))
  }
}

import PustakaCore
import Testing

@testable import PustakaIngest

/// Issue 13: a row whose library id has the bytes of the previous row's reuses that id; any
/// other row reads its own.
@Suite struct LibraryIDReuseTests {
  @Test("each row keeps its own id: repeated, prefixed, padded and new ids")
  func ownIDs() throws {
    let result = try DataFolder.load([
      "libraries.csv": "library_id,name,village,district,regency,population\n"
        + "L1,Satu,Desa Satu,Paron,Ngawi,4000\nL10,Sepuluh,Desa Sepuluh,Paron,Ngawi,4000\n",
      "attendance.csv": "library_id,date,visitors\n"
        + "L1,2026-10-01,1\nL1,2026-10-02,2\nL10,2026-10-02,3\n L1 ,2026-10-03,4\n"
        + "L1,2026-10-04,5\nL9,2026-10-05,6\nL1,2026-10-05,7\n",
    ])
    #expect(
      result.dataSet.attendance.map { "\($0.libraryID.rawValue) \($0.visitors)" } == [
        "L1 1", "L1 2", "L10 3", "L1 4", "L1 5", "L1 7",
      ])
    #expect(
      result.formattedDiagnostics == [
        "attendance.csv:7:1: error: library_id \"L9\" is not in libraries"
      ])
  }
}

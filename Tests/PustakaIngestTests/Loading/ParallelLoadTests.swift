import Foundation
import PustakaCore
import Testing

@testable import PustakaIngest

/// Issue 13: CSV files are parsed on several threads and joined in reading order, so the
/// load is the same whatever the number of threads.
@Suite struct ParallelLoadTests {
  /// Split tables, a rejected row, an unknown library, a duplicate, a file that is not UTF-8
  /// and an empty one: every kind of outcome that carries a unit's position.
  static let files: [String: String] = [
    "libraries.csv":
      "library_id,name,village,district,regency,population\n"
      + "L1,Cemerlang,Watualang,Ngawi,Ngawi,4000\nL2,Cerpin,Ngawi,Ngawi,Ngawi,5000\n",
    "attendance-2026-09.csv":
      "library_id,date,open,visitors,loans\nL1,2026-09-01,1,12,3\nL2,2026-09-01,1,x,2\n",
    "attendance-2026-10.csv":
      "library_id,date,open,visitors,loans\nL1,2026-10-01,1,15,4\nL9,2026-10-01,1,5,1\n"
      + "L1,2026-10-01,1,15,4\n",
    "attendance-2026-11.csv": "",
    "budget.csv":
      "library_id,month,category,source,allocated_idr,spent_idr\n"
      + "L1,2026-10,collection,dana_desa,100000,90000\nL2,2026-10,staff,nope,5,5\n",
  ]

  @Test("one thread and four load the same rows, problems, rejections and counts")
  func sameWhateverTheThreads() throws {
    let folder = try DataFolder()
    defer { folder.remove() }
    for (path, text) in Self.files { try folder.write(path, text) }
    try folder.write("activities.csv", bytes: Array("library_id,date,type\nL1,".utf8) + [0xFF])
    let one = try DataSetLoader(threads: 1).load(from: folder.directory.url)
    let four = try DataSetLoader(threads: 4).load(from: folder.directory.url)
    #expect(one.dataSet.attendance == four.dataSet.attendance)
    #expect(one.dataSet.budget == four.dataSet.budget)
    #expect(one.dataSet.libraries == four.dataSet.libraries)
    #expect(one.diagnostics == four.diagnostics)
    #expect(one.rejectedRows == four.rejectedRows)
    #expect(one.inputs == four.inputs)
    #expect(one.tables.map(\.rowsRead) == four.tables.map(\.rowsRead))
    // The rows come in reading order, and each problem names its own file and line.
    #expect(one.dataSet.attendance.map(\.visitors) == [12, 15])
    #expect(one.dataSet.budget.count == 1)
    // Rejected rows are listed by table in the contract's order, then in reading order.
    #expect(
      one.rejectedRows.map { "\($0.file):\($0.line)" } == [
        "budget.csv:3", "attendance-2026-09.csv:3", "attendance-2026-10.csv:3",
        "attendance-2026-10.csv:4",
      ])
    #expect(
      one.diagnostics.contains { $0.code == "file.empty" && $0.file == "attendance-2026-11.csv" })
    #expect(one.diagnostics.contains { $0.code == "file.notUTF8" && $0.file == "activities.csv" })
  }
}

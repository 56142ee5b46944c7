import Foundation
import PustakaCore
import Testing

@testable import PustakaIngest

/// Issue 10, defect 3: characters XML 1.0 cannot carry are read as U+FFFD, with a warning.
@Suite struct Issue10ControlCharacterTests {
  let libraries = RowErrorTests.libraries

  @Test("issue 10.3: a vertical tab in a library name is replaced by U+FFFD with a warning")
  func verticalTab() throws {
    let result = try DataFolder.load([
      "libraries.csv": "library_id,name,village,district,regency,population\n"
        + "NGW-01,Perpustakaan\u{0B}Cemerlang,Watualang,Ngawi,Ngawi,4000\n"
    ])
    #expect(result.dataSet.libraries.map(\.name) == ["Perpustakaan\u{FFFD}Cemerlang"])
    #expect(
      result.formattedDiagnostics == [
        "libraries.csv:2:2: warning: name \"Perpustakaan\u{FFFD}Cemerlang\" holds the character "
          + "U+000B, which Excel files cannot hold; it is read as U+FFFD"
      ])
    #expect(result.summary(.libraries)?.warnings == 1)
    #expect(result.summary(.libraries)?.accepted == 1)
  }

  @Test("issue 10.3: U+FFFF, escape codes and form feeds are replaced, in kept and rejected rows")
  func severalCharacters() throws {
    let result = try DataFolder.load([
      "libraries.csv": libraries,
      "activities.csv": "library_id,date,type,participants,title\n"
        + "NGW-01,2026-10-01,talk,3,Baca\u{FFFF}\u{0C}Buku\n",
      "attendance.csv": "library_id,date,visitors\nNGW-09\u{1B}[2J,2026-10-01,5\n",
    ])
    #expect(result.dataSet.activities.map(\.title) == ["Baca\u{FFFD}\u{FFFD}Buku"])
    #expect(
      result.formattedDiagnostics == [
        "activities.csv:2:5: warning: title \"Baca\u{FFFD}\u{FFFD}Buku\" holds 2 characters "
          + "Excel files cannot hold (the first is U+FFFF); each is read as U+FFFD",
        "attendance.csv:2:1: warning: library_id \"NGW-09\u{FFFD}[2J\" holds the character "
          + "U+001B, which Excel files cannot hold; it is read as U+FFFD",
        "attendance.csv:2:1: error: library_id \"NGW-09\u{FFFD}[2J\" is not in libraries",
      ])
    #expect(result.rejectedRows.map(\.cells) == [["NGW-09\u{FFFD}[2J", "2026-10-01", "5"]])
  }

  @Test("issue 10.3: a control character in a workbook cell is replaced the same way")
  func workbookCell() throws {
    let folder = try DataFolder()
    defer { folder.remove() }
    var workbook = WorkbookBuilder()
    workbook.sheets = [
      (
        "libraries",
        [
          ["library_id", "name", "village", "district", "regency", "population"].map {
            .text($0)
          },
          [
            .text("NGW-01"), .text("Perpustakaan_x000B_Cemerlang"), .text("Watualang"),
            .text("Ngawi"), .text("Ngawi"), .number(4000),
          ],
        ]
      )
    ]
    try workbook.write(to: folder.directory.file("Oktober.xlsx"))
    let result = try folder.load()
    #expect(result.dataSet.libraries.map(\.name) == ["Perpustakaan\u{FFFD}Cemerlang"])
    #expect(
      result.formattedDiagnostics == [
        "Oktober.xlsx[libraries]:2:2: warning: name \"Perpustakaan\u{FFFD}Cemerlang\" holds the "
          + "character U+000B, which Excel files cannot hold; it is read as U+FFFD"
      ])
  }
}

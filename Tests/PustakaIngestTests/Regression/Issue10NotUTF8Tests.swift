import Foundation
import PustakaCore
import Testing

@testable import PustakaIngest

/// Issue 10, defect 10: a file that is not UTF-8 is named with its first bad byte and how to
/// save it as CSV UTF-8.
@Suite struct Issue10NotUTF8Tests {
  @Test("issue 10.10: a libraries.csv that is not UTF-8 names its first bad line and column")
  func librariesNotUTF8() throws {
    let folder = try DataFolder()
    defer { folder.remove() }
    let bytes =
      Array("library_id,name,village,district,regency,population\n".utf8)
      + Array("NGW-01,Perpustakaan Cemerlang,Watualang,Ngawi,Ngawi,4000\nNGW-02,Pustak".utf8)
      + [0xE9] + Array(",Ngawi,Ngawi,Ngawi,3500\n".utf8)
    try folder.write("libraries.csv", bytes: bytes)
    let result = try folder.load()
    #expect(
      result.formattedDiagnostics == [
        "libraries.csv:3: error: 'libraries.csv' is not UTF-8 text (first bad byte at line 3, "
          + "column 14); in Excel use File > Save As > CSV UTF-8"
      ])
    #expect(result.unreadableFiles == ["libraries.csv"])
    #expect(!result.hasLibrariesTable)
  }
}

import Foundation
import TestSupport
import Testing
import XLSXReader

@testable import XLSXWriter

/// A failing temporary folder must never give an "ok" workbook (issue 10, defect 1).
///
/// Faults are injected through `TemporaryFolder.probe` and the writer's verifier; no root
/// needed.
@Suite struct TemporaryFolderTests {
  @Test("issue 10.1: a missing temporary folder is refused before writing, naming it")
  func missingFolderRefusedFirst() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let target = folder.file("report.xlsx")
    try Data("previous".utf8).write(to: target)
    let scratch = folder.file("gone").path
    // libxlsxwriter itself would fall back to /tmp without a word.
    #expect(throws: XLSXError.temporaryFolderFailed(path: scratch, errorNumber: ENOENT)) {
      try WorkbookWriter.write(
        SampleWorkbook.make(), to: target, temporaryFolder: TemporaryFolder(path: scratch))
    }
    #expect(try Data(contentsOf: target) == Data("previous".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["report.xlsx"])
  }

  @Test("issue 10.1: a missing temporary folder's message says what to do")
  func missingFolder() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let scratch = folder.file("gone").path
    #expect {
      try WorkbookWriter.write(
        SampleWorkbook.make(), to: folder.file("r.xlsx"),
        temporaryFolder: TemporaryFolder(path: scratch))
    } throws: { error in
      (error as? XLSXError)?.description
        == "the temporary folder '\(scratch)' does not exist: create it or point TMPDIR elsewhere"
    }
  }

  @Test(
    "issue 10.1: an incomplete workbook is blamed on the temporary folder when its probe fails",
    arguments: [
      (
        ENOSPC,
        "no space left on device in the temporary folder 'FOLDER': free space or point TMPDIR elsewhere"
      ),
      (
        EACCES,
        "permission denied in the temporary folder 'FOLDER': make it writable or point TMPDIR elsewhere"
      ),
      (
        EROFS,
        "read-only file system in the temporary folder 'FOLDER': point TMPDIR at a writable folder"
      ),
    ])
  func incompleteWithFailingFolder(errorNumber: Int32, message: String) throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let target = folder.file("report.xlsx")
    try Data("previous".utf8).write(to: target)
    // The folder exists and takes files; only its probe reports the injected fault.
    let failing = TemporaryFolder(path: folder.url.path, probe: { _ in errorNumber })
    #expect {
      try WorkbookWriter.write(
        SampleWorkbook.make(), to: target, temporaryFolder: failing,
        verifier: { _ in "part 'xl/worksheets/sheet1.xml' is empty" })
    } throws: { error in
      (error as? XLSXError)?.description
        == message.replacingOccurrences(of: "FOLDER", with: folder.url.path)
    }
    #expect(try Data(contentsOf: target) == Data("previous".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["report.xlsx"])
  }

  @Test("issue 10.1: an incomplete workbook with a healthy temporary folder is refused as such")
  func incompleteWithHealthyFolder() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let target = folder.file("report.xlsx")
    let healthy = TemporaryFolder(path: folder.url.path, probe: { _ in nil })
    #expect(
      throws: XLSXError.incompleteWorkbook(
        path: target.path, problem: "part 'xl/worksheets/sheet1.xml' is empty")
    ) {
      try WorkbookWriter.write(
        SampleWorkbook.make(), to: target, temporaryFolder: healthy,
        verifier: { _ in "part 'xl/worksheets/sheet1.xml' is empty" })
    }
    #expect(!FileManager.default.fileExists(atPath: target.path))
  }

  @Test("a complete workbook passes the package verifier and gets its name")
  func verifiedWorkbook() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let target = folder.file("report.xlsx")
    try WorkbookWriter.write(
      SampleWorkbook.make(), to: target, temporaryFolder: TemporaryFolder(path: folder.url.path),
      verifier: PackageVerifier.problem(in:))
    #expect(PackageVerifier.problem(in: target) == nil)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["report.xlsx"])
  }

  @Test("the real probe writes into a healthy folder and leaves nothing behind")
  func probeOfHealthyFolder() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    #expect(TemporaryFolder(path: folder.url.path).problem() == nil)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == [])
  }

  @Test(
    "the temporary folder is TMPDIR when set and not empty, with no fallback",
    arguments: ["/dev/shm", "/var/tmp"])
  func configuredFolder(path: String) {
    let standard = TemporaryFolder.standard(environment: ["TMPDIR": path])
    #expect(standard.folder.path == path)
    #expect(standard.fallback == nil)
  }

  @Test(
    "without TMPDIR: the memory folder when it has room, falling back to /tmp",
    arguments: [["TMPDIR": ""], [:]])
  func memoryFolder(environment: [String: String]) throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let free = try #require(TemporaryFolder(path: folder.url.path).freeBytes())
    let standard = TemporaryFolder.standard(environment: environment, memory: folder.url.path)
    if free >= TemporaryFolder.memoryMinimumFree {
      #expect(standard.folder.path == folder.url.path)
      #expect(standard.fallback?.path == "/tmp")
    } else {
      #expect(standard.folder.path == "/tmp")
      #expect(standard.fallback == nil)
    }
  }

  @Test("without TMPDIR and without a usable memory folder: /tmp, with no fallback")
  func noMemoryFolder() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let missing = folder.file("no-such-folder").path
    let standard = TemporaryFolder.standard(environment: [:], memory: missing)
    #expect(standard.folder.path == "/tmp")
    #expect(standard.fallback == nil)
  }

  @Test("a save whose memory folder fails is saved again with the fallback folder")
  func fallbackSaves() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let target = folder.file("report.xlsx")
    let gone = TemporaryFolder(path: folder.file("gone").path)
    try WorkbookWriter.write(
      SampleWorkbook.make(), to: target, temporaryFolder: gone,
      fallback: TemporaryFolder(path: folder.url.path), verifier: PackageVerifier.problem(in:))
    #expect(PackageVerifier.problem(in: target) == nil)
  }

  @Test("when the fallback fails too, its failure is the error and nothing is written")
  func fallbackFails() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let target = folder.file("report.xlsx")
    let gone = folder.file("gone").path
    let alsoGone = folder.file("also-gone").path
    #expect(throws: XLSXError.temporaryFolderFailed(path: alsoGone, errorNumber: ENOENT)) {
      try WorkbookWriter.write(
        SampleWorkbook.make(), to: target, temporaryFolder: TemporaryFolder(path: gone),
        fallback: TemporaryFolder(path: alsoGone), verifier: PackageVerifier.problem(in:))
    }
    #expect(!FileManager.default.fileExists(atPath: target.path))
  }
}

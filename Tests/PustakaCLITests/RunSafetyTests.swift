import Foundation
import TestSupport
import Testing

@testable import pustaka

@Suite struct RunSafetyTests {
  @Test("a second lock on the same output folder is refused while the first is held")
  func lockIsExclusive() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let first = try RunLock(folder: folder.url)
    #expect(throws: RunFailure.locked(path: first.path, holder: getpid())) {
      _ = try RunLock(folder: folder.url)
    }
    _ = first
  }

  @Test("a lock is free again once its holder releases it")
  func lockIsReleased() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    do { _ = try RunLock(folder: folder.url) }
    _ = try RunLock(folder: folder.url)
  }

  @Test("a committed swap replaces the previous period folder")
  func commitReplaces() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let period = folder.url.appendingPathComponent("2026-10")
    try FileManager.default.createDirectory(at: period, withIntermediateDirectories: true)
    try Data("old".utf8).write(to: period.appendingPathComponent("old.txt"))
    let swap = try PeriodFolderSwap(destination: period)
    try Data("new".utf8).write(to: swap.staging.appendingPathComponent("new.txt"))
    try swap.commit()
    #expect(try FileManager.default.contentsOfDirectory(atPath: period.path) == ["new.txt"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["2026-10"])
  }

  @Test("a discarded swap leaves the previous period folder as it was")
  func discardKeepsPrevious() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let period = folder.url.appendingPathComponent("2026-10")
    try FileManager.default.createDirectory(at: period, withIntermediateDirectories: true)
    try Data("old".utf8).write(to: period.appendingPathComponent("old.txt"))
    let swap = try PeriodFolderSwap(destination: period)
    try Data("half".utf8).write(to: swap.staging.appendingPathComponent("half.txt"))
    swap.discard()
    #expect(try FileManager.default.contentsOfDirectory(atPath: period.path) == ["old.txt"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["2026-10"])
  }

  @Test("a staging folder left by a killed run is removed by the next run")
  func leftoversAreRemoved() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let leftover = folder.url.appendingPathComponent(".2026-10.partial-99999")
    try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
    let swap = try PeriodFolderSwap(destination: folder.url.appendingPathComponent("2026-10"))
    #expect(!FileManager.default.fileExists(atPath: leftover.path))
    swap.discard()
  }

  @Test("an output folder that cannot be created is reported with what to do")
  func unwritableOutput() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let locked = try ReadOnlyFolder(folder.url)
    defer { locked.restore() }
    let destination = folder.url.appendingPathComponent("ngawi/2026-10")
    #expect {
      _ = try PeriodFolderSwap(destination: destination)
    } throws: { error in
      (error as? RunFailure)?.description
        == "cannot write reports to '\(folder.url.path)/ngawi': Operation not permitted; "
        + "choose a writable folder with --out"
    }
  }

  @Test("reports moved aside by a run killed between its two renames are put back")
  func previousReportsRestored() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let aside = folder.url.appendingPathComponent(".2026-10.previous-99999")
    try FileManager.default.createDirectory(at: aside, withIntermediateDirectories: true)
    try Data("old".utf8).write(to: aside.appendingPathComponent("old.txt"))
    let period = folder.url.appendingPathComponent("2026-10")
    let swap = try PeriodFolderSwap(destination: period)
    #expect(try FileManager.default.contentsOfDirectory(atPath: period.path) == ["old.txt"])
    swap.discard()
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["2026-10"])
  }
}

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
    #expect(throws: CommandFailure.locked(path: first.path, holder: getpid())) {
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

  @Test("issue 10.9: staging folders of dead runs are removed, of any period")
  func leftoversAreRemoved() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let leftovers = [".2026-10.partial-99999", ".2026-09.partial-99998"]
    for name in leftovers {
      try FileManager.default.createDirectory(
        at: folder.url.appendingPathComponent(name), withIntermediateDirectories: true)
    }
    let live = ".2026-08.partial-\(getppid())"
    try FileManager.default.createDirectory(
      at: folder.url.appendingPathComponent(live), withIntermediateDirectories: true)
    let cleaned = try LeftoverFolders.clean(folder.url)
    #expect(
      cleaned == [
        .init(name: ".2026-09.partial-99998", restored: false),
        .init(name: ".2026-10.partial-99999", restored: false),
      ])
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == [live])
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
      (error as? CommandFailure)?.description
        == "cannot write reports to '\(folder.url.path)/ngawi': Operation not permitted; "
        + "choose a writable folder with --out"
    }
  }

  @Test("reports moved aside by a run killed between two renames are put back")
  func previousReportsRestored() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let aside = folder.url.appendingPathComponent(".2026-10.previous-99999")
    try FileManager.default.createDirectory(at: aside, withIntermediateDirectories: true)
    try Data("old".utf8).write(to: aside.appendingPathComponent("old.txt"))
    let period = folder.url.appendingPathComponent("2026-10")
    #expect(
      try LeftoverFolders.clean(folder.url) == [
        .init(name: ".2026-10.previous-99999", restored: true)
      ])
    #expect(try FileManager.default.contentsOfDirectory(atPath: period.path) == ["old.txt"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["2026-10"])
  }

  @Test("issue 10.8: two folders are exchanged in one step, both names always present")
  func exchangeSwapsFolders() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let first = folder.file("first")
    let second = folder.file("second")
    for (url, content) in [(first, "one"), (second, "two")] {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      try Data(content.utf8).write(to: url.appendingPathComponent("file.txt"))
    }
    #expect(AtomicExchange.exchange(first.path, second.path) == nil)
    let contents = { (url: URL) in
      try String(contentsOf: url.appendingPathComponent("file.txt"), encoding: .utf8)
    }
    #expect(try contents(first) == "two")
    #expect(try contents(second) == "one")
    #expect(AtomicExchange.exchange(first.path, folder.file("missing").path) == ENOENT)
  }

  @Test("issue 10.11: a locked output folder is refused before anything is loaded")
  func claimIsExclusive() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let first = try OutputFolderClaim(folder: folder.url, shard: .whole)
    #expect(
      throws: CommandFailure.locked(path: folder.file(".pustaka.lock").path, holder: getpid())
    ) {
      _ = try OutputFolderClaim(folder: folder.url, shard: .whole)
    }
    #expect(
      throws: CommandFailure.locked(path: folder.file(".pustaka.lock").path, holder: getpid())
    ) {
      _ = try OutputFolderClaim(folder: folder.url, shard: try Shard(parsing: "1/2"))
    }
    _ = first
  }

  @Test("issue 10.11: the shards of one run share the output folder, each shard once")
  func shardsShareTheClaim() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let one = try OutputFolderClaim(folder: folder.url, shard: try Shard(parsing: "1/2"))
    let two = try OutputFolderClaim(folder: folder.url, shard: try Shard(parsing: "2/2"))
    let shardLock = folder.file(".pustaka-shard-2-of-2.lock").path
    #expect(throws: CommandFailure.locked(path: shardLock, holder: getpid())) {
      _ = try OutputFolderClaim(folder: folder.url, shard: try Shard(parsing: "2/2"))
    }
    #expect(throws: CommandFailure.locked(path: folder.file(".pustaka.lock").path, holder: nil)) {
      _ = try OutputFolderClaim(folder: folder.url, shard: .whole)
    }
    _ = (one, two)
  }
}

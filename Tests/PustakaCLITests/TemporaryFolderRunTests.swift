import Foundation
import TestSupport
import Testing

/// A small tmpfs mounted as the temporary folder: a real full file system, for the run's end
/// to end guarantee that a failing temporary folder never replaces good reports (issue 10.1).
enum SmallTmpfs {
  /// Mounts a tmpfs of `size` (for example "64k") at `folder`.
  static func mount(at folder: URL, size: String) -> Bool {
    run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path]) == 0
  }

  /// Unmounts the tmpfs at `folder`.
  static func unmount(_ folder: URL) {
    _ = run("/bin/umount", [folder.path])
  }

  /// Whether this process can mount a tmpfs: it runs as root and a trial mount works.
  static let isAvailable: Bool = {
    guard getuid() == 0, let folder = try? TemporaryDirectory(prefix: "pustaka-tmpfs-probe")
    else { return false }
    defer { folder.remove() }
    guard mount(at: folder.url, size: "64k") else { return false }
    unmount(folder.url)
    return true
  }()

  private static func run(_ executable: String, _ arguments: [String]) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return -1
    }
    process.waitUntilExit()
    return process.terminationStatus
  }
}

// Mounting needs root (and a kernel that lets this container mount); elsewhere the test is
// skipped by name, and TemporaryFolderTests inject the same fault without a mount.
@Suite(
  .serialized,
  .enabled(if: SmallTmpfs.isAvailable, "needs root and mount -t tmpfs (a 64 KB temporary folder)"))
struct TemporaryFolderRunTests {
  // Under ThreadSanitizer (`make test-sanitized` sets PUSTAKA_TEST_SANITIZER=thread) the
  // runtime itself dies of SIGBUS in its shadow memory once TMPDIR is full, before pustaka can
  // report it; the plain and AddressSanitizer runs cover this test.
  @Test(
    "issue 10.1: a full temporary folder exits 73 with its reason and keeps the previous reports",
    .disabled(
      if: ProcessInfo.processInfo.environment["PUSTAKA_TEST_SANITIZER"] == "thread",
      "ThreadSanitizer's runtime faults (SIGBUS) when TMPDIR is a full tmpfs"))
  func fullTemporaryFolder() throws {
    let directory = try TemporaryDirectory(prefix: "pustaka-tmpfs-run")
    defer { directory.remove() }
    let previous = directory.file("out/ngawi/2026-10")
    try FileManager.default.createDirectory(at: previous, withIntermediateDirectories: true)
    try Data("the good report of last month".utf8).write(
      to: previous.appendingPathComponent("Rekap-Ngawi-2026-10.xlsx"))
    try Data("{\"previous\": true}".utf8).write(
      to: previous.appendingPathComponent("manifest.json"))
    let before = try RunCommandTests.files(directory.file("out"))
    let scratch = directory.file("tmp")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    try #require(SmallTmpfs.mount(at: scratch, size: "64k"))
    defer { SmallTmpfs.unmount(scratch) }

    let data = ScoreCommandTests.repository.appendingPathComponent("samples/ngawi").path
    let run = try PustakaBinary.run(
      ["run", "--data", data, "--out", "out", "--quiet", "--jobs", "1"], in: directory.url,
      environment: ["TMPDIR": scratch.path])

    #expect(run.status == 73)
    #expect(
      run.standardError
        == "pustaka: error: cannot write 'Rekap-Ngawi-2026-10.xlsx': no space left on device in "
        + "the temporary folder '\(scratch.path)': free space or point TMPDIR elsewhere\n")
    #expect(try RunCommandTests.files(directory.file("out")) == before)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.file("out/ngawi").path)
        .filter { !$0.hasSuffix(".lock") } == ["2026-10"])
  }

  @Test("issue 10.10: a full output disk exits 73 in words, not 'Zip generic error ZIP_ERRNO'")
  func fullOutputFolder() throws {
    let directory = try TemporaryDirectory(prefix: "pustaka-tmpfs-run")
    defer { directory.remove() }
    let out = directory.file("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try #require(SmallTmpfs.mount(at: out, size: "96k"))
    defer { SmallTmpfs.unmount(out) }

    let data = ScoreCommandTests.repository.appendingPathComponent("samples/ngawi").path
    let run = try PustakaBinary.run(
      ["run", "--data", data, "--out", "out", "--quiet", "--jobs", "1"], in: directory.url)

    #expect(run.status == 73)
    // libxlsxwriter prints its own "[ERROR] ... ZIP_ERRNO" lines to stderr first; the line
    // pustaka prints says what happened in words.
    let last = try #require(run.standardError.split(separator: "\n").last.map(String.init))
    #expect(!last.contains("ZIP_ERRNO"))
    #expect(last.hasPrefix("pustaka: error: cannot write 'Rekap-Ngawi-2026-10.xlsx': no space"))
    #expect(last.contains("no space left on device in the folder '"))
    #expect(last.hasSuffix(": free space there or write elsewhere"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("ngawi").path)
        .filter { !$0.hasSuffix(".lock") } == [])
  }
}

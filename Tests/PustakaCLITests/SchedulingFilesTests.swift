import Foundation
import Testing

/// The scheduler files shipped under `scripts/systemd/`, checked by the scheduler itself.
@Suite struct SchedulingFilesTests {
  /// `scripts/systemd/` of this checkout.
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scripts/systemd", isDirectory: true)

  /// `systemd-analyze`, where systemd is installed.
  static let analyzer = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Runs `systemd-analyze verify` on `files` and returns its status and what it printed.
  static func verify(_ files: [URL]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(analyzer))
    process.arguments = ["verify"] + files.map(\.path)
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }

  // Skipped by name where systemd is absent (`make test-deps` installs it on Debian).
  @Test(
    "issue 10.16: the systemd service and timer pass systemd-analyze verify",
    .enabled(if: analyzer != nil, "systemd-analyze is not installed"))
  func unitsVerify() throws {
    let files = ["pustaka-monthly.service", "pustaka-monthly.timer"].map {
      Self.folder.appendingPathComponent($0)
    }
    let result = try Self.verify(files)
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output == "")
  }

  @Test(
    "issue 10.16: a retry on exit 75 through RestartForceExitStatus would be refused",
    .enabled(if: analyzer != nil, "systemd-analyze is not installed"))
  func forcedRestartIsRefused() throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pustaka-unit-\(getpid())", isDirectory: true)
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let shipped = try String(
      contentsOf: Self.folder.appendingPathComponent("pustaka-monthly.service"), encoding: .utf8)
    #expect(shipped.contains("\nRestart=on-failure\n"))
    let refused = scratch.appendingPathComponent("pustaka-old.service")
    let old = shipped.replacingOccurrences(
      of: "\nRestart=on-failure\n", with: "\nRestartForceExitStatus=75\n")
    try Data(old.utf8).write(to: refused)
    let result = try Self.verify([refused])
    #expect(result.status != 0)
    #expect(result.output.contains("RestartForceExitStatus= set, which isn't allowed"))
  }

  // MARK: - Kubernetes

  /// `scripts/kubernetes/pustaka-job.yaml` of this checkout.
  static let job = folder.deletingLastPathComponent()
    .appendingPathComponent("kubernetes/pustaka-job.yaml")

  /// `kubernetes-validate` (PyPI), where it is on the PATH.
  static let kubernetesValidate: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return path.split(separator: ":").map { "\($0)/kubernetes-validate" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }()

  // Skipped by name where kubernetes-validate is not installed (`pip install
  // kubernetes-validate`).
  @Test(
    "issue 13: the Kubernetes Job passes kubernetes-validate",
    .enabled(if: kubernetesValidate != nil, "kubernetes-validate is not installed"))
  func jobValidates() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(Self.kubernetesValidate))
    process.arguments = ["--strict", Self.job.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(String(decoding: output, as: UTF8.self))")
  }

  @Test("issue 13: every volume the Job's container mounts is declared in its pod")
  func jobDeclaresItsVolumes() throws {
    let text = try String(contentsOf: Self.job, encoding: .utf8)
    let mounted = text.matches(of: /\{name: ([a-z-]+), mountPath:/).map { String($0.1) }
    let volumes = try #require(text.firstRange(of: "\n      volumes:\n"))
    let declared = text[volumes.upperBound...].matches(of: /(?m)^ {8}- name: ([a-z-]+)$/).map {
      String($0.1)
    }
    #expect(mounted == ["data", "reports", "scratch"])
    #expect(Set(declared) == Set(mounted))
    // The image is the one the Containerfile's instructions build.
    let containerfile = try String(
      contentsOf: Self.folder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Containerfile"), encoding: .utf8)
    let image = try #require(text.firstMatch(of: /image: (\S+)/)?.1)
    #expect(containerfile.contains("podman build -t \(image) -f Containerfile ."))
  }
}

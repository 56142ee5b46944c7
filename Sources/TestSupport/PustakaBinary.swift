import Foundation

/// The built `pustaka` executable, run as a user would run it, for end-to-end tests.
package enum PustakaBinary {
  /// What one run printed and how it ended.
  package struct Outcome: Sendable {
    /// The exit status.
    package var status: Int32
    /// Everything printed on standard output.
    package var standardOutput: String
    /// Everything printed on standard error.
    package var standardError: String
  }

  /// The `pustaka` built next to the test bundle (`swift build --build-tests` builds both).
  package static func executable() throws -> URL {
    var folder = Bundle.main.bundleURL
    for _ in 0..<3 {
      let candidate = folder.appendingPathComponent("pustaka")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    throw CocoaError(.fileNoSuchFile)
  }

  /// Runs `pustaka` with `arguments` in `directory` and waits for it to end.
  ///
  /// - Parameter environment: Variables added to (or replacing) the test's environment.
  package static func run(
    _ arguments: [String], in directory: URL, environment: [String: String] = [:]
  ) throws -> Outcome {
    let process = try start(arguments, in: directory, environment: environment)
    let outputData = process.output.fileHandleForReading.readDataToEndOfFile()
    let errorData = process.errors.fileHandleForReading.readDataToEndOfFile()
    process.process.waitUntilExit()
    return Outcome(
      status: process.process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData, as: UTF8.self))
  }

  /// Starts `pustaka` without waiting, for tests that interrupt a run.
  package static func start(
    _ arguments: [String], in directory: URL, environment: [String: String] = [:]
  ) throws -> (process: Process, output: Pipe, errors: Pipe) {
    let process = Process()
    process.executableURL = try executable()
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    return (process, output, errors)
  }
}

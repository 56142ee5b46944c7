import Foundation

/// The SHA-256 of the file at `url` as `sha256sum` prints it, computed by a program other
/// than ours, or `nil` when it cannot be run.
func sha256sum(_ url: URL) -> String? {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
  process.arguments = [url.path]
  let output = Pipe()
  process.standardOutput = output
  guard (try? process.run()) != nil else { return nil }
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init)
}

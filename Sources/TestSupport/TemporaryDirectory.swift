import Foundation

/// A fresh folder under the system's temporary directory, removed by `remove()`.
package struct TemporaryDirectory: Sendable {
  /// The folder's location.
  package let url: URL

  /// Creates a new, empty folder whose name starts with `prefix`.
  package init(prefix: String = "pustaka-test") throws {
    let name = "\(prefix)-\(UUID().uuidString)"
    url = FileManager.default.temporaryDirectory.appendingPathComponent(name, isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// The location of `name` inside the folder.
  package func file(_ name: String) -> URL {
    url.appendingPathComponent(name)
  }

  /// Deletes the folder and everything in it.
  package func remove() {
    try? FileManager.default.removeItem(at: url)
  }
}

import Foundation

/// Names paths under the output folder as the user knows them: under `--out` as typed
/// (`out/ngawi/.pustaka.lock`), not as the absolute path the run resolved.
struct OutputPathDisplay: Sendable {
  /// The output folder as resolved (absolute).
  var folder: URL
  /// The output folder as typed after `--out`.
  var typed: String

  /// `path` under `typed` when it lies in `folder`; any other path unchanged.
  func path(_ path: String) -> String {
    let root = folder.standardizedFileURL.path
    let shown = typed.count > 1 && typed.hasSuffix("/") ? String(typed.dropLast()) : typed
    let standard = URL(fileURLWithPath: path).standardizedFileURL.path
    if standard == root { return shown }
    guard standard.hasPrefix(root + "/") else { return path }
    let rest = standard.dropFirst(root.count + 1)
    return shown == "." ? String(rest) : shown + "/" + rest
  }

  /// `url` named as `path(_:)` names its path.
  func path(of url: URL) -> String {
    path(url.path)
  }
}

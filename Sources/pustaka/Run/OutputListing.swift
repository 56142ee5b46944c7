import Foundation

/// The files a run wrote into a period folder, with their checksums, for the manifest.
enum OutputListing {
  /// Every regular file below `folder`, by relative path (with `/`) in code-point order.
  static func files(in folder: URL) throws(CommandFailure) -> [RunManifest.Output] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else {
      throw .outputUnwritable(path: folder.path, reason: "the folder cannot be listed")
    }
    var paths: [String] = []
    while let path = enumerator.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let full = folder.appendingPathComponent(path).path
      if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        paths.append(path)
      }
    }
    paths.sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    var outputs: [RunManifest.Output] = []
    for path in paths {
      let url = folder.appendingPathComponent(path)
      guard let sha256 = Checksum.sha256(ofFileAt: url) else {
        throw .outputUnwritable(path: url.path, reason: "it cannot be read back")
      }
      guard
        let bytes = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int
      else {
        throw .outputUnwritable(path: url.path, reason: "its size cannot be read back")
      }
      outputs.append(RunManifest.Output(path: path, sha256: sha256, bytes: bytes))
    }
    return outputs
  }
}

import Crypto
import Foundation

/// SHA-256 checksums for `manifest.json` and the Method sheet, from swift-crypto.
enum Checksum {
  /// The lowercase hex SHA-256 of `bytes`.
  ///
  /// `Checksum.sha256(of: Array("abc".utf8))` is
  /// `ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad`.
  static func sha256(of bytes: some DataProtocol) -> String {
    hex(SHA256.hash(data: bytes))
  }

  /// The lowercase hex SHA-256 of the file at `url`, read in 1 MiB chunks.
  ///
  /// - Returns: `nil` when the file cannot be opened or read to its end.
  static func sha256(ofFileAt url: URL) -> String? {
    guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
    defer { try? handle.close() }
    var hash = SHA256()
    while true {
      let chunk: Data?
      do {
        chunk = try handle.read(upToCount: 1 << 20)
      } catch {
        return nil
      }
      guard let chunk, !chunk.isEmpty else { break }
      hash.update(data: chunk)
    }
    return hex(hash.finalize())
  }

  private static func hex(_ digest: SHA256.Digest) -> String {
    digest.map { byte in
      let text = String(byte, radix: 16)
      return byte < 16 ? "0" + text : text
    }.joined()
  }
}

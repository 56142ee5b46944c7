import Foundation
import TestSupport
import Testing

@testable import pustaka

@Suite struct ChecksumTests {
  @Test(
    "digests match the published test vectors",
    arguments: [
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
    ])
  func vectors(text: String, digest: String) {
    #expect(Checksum.sha256(of: Array(text.utf8)) == digest)
  }

  @Test("a file's digest equals the digest of its bytes, across chunk boundaries")
  func fileDigest() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let bytes = (0..<(3 << 20) + 17).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    let url = folder.file("bytes.bin")
    try Data(bytes).write(to: url)
    #expect(Checksum.sha256(ofFileAt: url) == Checksum.sha256(of: bytes))
    #expect(Checksum.sha256(ofFileAt: url) == sha256sum(url))
    #expect(Checksum.sha256(ofFileAt: folder.file("missing.bin")) == nil)
  }
}

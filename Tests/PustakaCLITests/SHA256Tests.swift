import Foundation
import TestSupport
import Testing

@testable import pustaka

@Suite struct SHA256Tests {
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
    #expect(SHA256.hex(of: Array(text.utf8)) == digest)
  }

  @Test("a million 'a's fed in uneven chunks give the published digest")
  func chunkedMillion() {
    var hash = SHA256()
    var remaining = 1_000_000
    var chunk = 1
    while remaining > 0 {
      let size = min(chunk, remaining)
      hash.update([UInt8](repeating: UInt8(ascii: "a"), count: size))
      remaining -= size
      chunk = chunk % 997 + 13
    }
    #expect(
      hash.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}

@Suite struct SHA256FileTests {
  @Test("a file's digest equals the digest of its bytes, across chunk boundaries")
  func fileDigest() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let bytes = (0..<(3 << 20) + 17).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    let url = folder.file("bytes.bin")
    try Data(bytes).write(to: url)
    #expect(SHA256.hex(ofFileAt: url) == SHA256.hex(of: bytes))
    #expect(SHA256.hex(ofFileAt: folder.file("missing.bin")) == nil)
  }
}

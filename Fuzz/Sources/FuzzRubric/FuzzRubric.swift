import FuzzSupport
import PustakaCore
import PustakaIngest

/// libFuzzer's entry: the input is the text of a rubric file (`--rubric FILE`).
///
/// The decoder either returns a rubric or throws `RubricFileError.malformed` (its typed throw
/// makes any other error impossible); besides "no crash" the harness checks:
/// - a refusal names this file, a line that is nil or not negative, and a message;
/// - an accepted rubric, written back by `RubricYAMLEncoder`, decodes to the same rubric.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRubric(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  RubricFuzzing.check(String(decoding: bytes, as: UTF8.self))
  return 0
}

/// The checks, kept apart from the C entry point.
enum RubricFuzzing {
  static func check(_ text: String) {
    let rubric: Rubric
    do {
      rubric = try RubricYAMLDecoder.decode(text, file: "fuzz.yaml")
    } catch {
      switch error {
      case .malformed(let file, let line, let message):
        expect(file == "fuzz.yaml", "the refusal names '\(file)'")
        expect((line ?? 0) >= 0, "the refusal names line \(line ?? 0)")
        expect(!message.isEmpty, "the refusal has no message")
      case .unreadable:
        fail("decoding text cannot make the file unreadable")
      }
      return
    }
    let encoded = RubricYAMLEncoder.encode(rubric)
    do {
      let again = try RubricYAMLDecoder.decode(encoded, file: "encoded.yaml")
      expect(again == rubric, "the rubric changes when written and read again")
    } catch {
      fail("the encoder wrote a rubric its decoder refuses: \(error)\n\(encoded)")
    }
  }
}

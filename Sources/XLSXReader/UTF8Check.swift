/// Where a byte sequence stops being UTF-8, as RFC 3629 defines it: no overlong forms, no
/// surrogates, nothing past U+10FFFF.
///
/// FoundationXML's `XMLParser` traps (it force-unwraps a `String` made from libxml2's bytes)
/// when an element or attribute name is not UTF-8, so `MarkupParser` refuses such a part first.
enum UTF8Check {
  /// The first byte that does not belong to well-formed UTF-8, with its 1-based line.
  struct Failure: Equatable {
    /// The offset of the first byte of the broken sequence.
    let offset: Int
    /// The line it is on, counting line feeds before it.
    let line: Int
  }

  /// The first place `bytes` is not UTF-8, or nil when all of it is.
  static func firstFailure(in bytes: UnsafeRawBufferPointer) -> Failure? {
    var index = 0
    var line = 1
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        if lead == 0x0A { line += 1 }
        index += 1
        continue
      }
      let length = sequenceLength(lead: lead, next: index + 1 < count ? bytes[index + 1] : nil)
      guard length > 0, index + length <= count,
        (1..<length).allSatisfy({ bytes[index + $0] & 0xC0 == 0x80 })
      else {
        return Failure(offset: index, line: line)
      }
      index += length
    }
    return nil
  }

  /// The length of the sequence that starts with `lead`, or 0 when no well-formed one can:
  /// the second byte's range is checked here because it is what rules out overlong forms,
  /// surrogates and scalars past U+10FFFF.
  private static func sequenceLength(lead: UInt8, next: UInt8?) -> Int {
    guard let next else { return 0 }
    switch lead {
    case 0xC2...0xDF: return 2
    case 0xE0: return (0xA0...0xBF).contains(next) ? 3 : 0
    case 0xED: return (0x80...0x9F).contains(next) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF: return 3
    case 0xF0: return (0x90...0xBF).contains(next) ? 4 : 0
    case 0xF1...0xF3: return 4
    case 0xF4: return (0x80...0x8F).contains(next) ? 4 : 0
    default: return 0
    }
  }
}

/// Where a byte sequence stops being UTF-8, as RFC 3629 defines it: no overlong forms, no
/// surrogates, nothing past U+10FFFF.
///
/// FoundationXML's `XMLParser` traps (it force-unwraps a `String` made from libxml2's bytes)
/// when an element or attribute name is not UTF-8, so `MarkupParser` refuses such a part first.
/// Validation is the standard library's; the offset and line are found only for a bad part.
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
    let units = bytes.bindMemory(to: UInt8.self)
    if MarkupText.isValidUTF8(units) { return nil }
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = units.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): offset += encoded.count
      case .error: return Failure(offset: offset, line: line(at: offset, in: units))
      // The standard library found a fault the parser did not: refuse rather than let the
      // bytes reach XMLParser.
      case .emptyInput: return Failure(offset: offset, line: line(at: offset, in: units))
      }
    }
  }

  /// The 1-based line of `offset`: one more than the line feeds before it.
  private static func line(at offset: Int, in units: UnsafeBufferPointer<UInt8>) -> Int {
    1 + units[..<offset].lazy.filter { $0 == 0x0A }.count
  }
}

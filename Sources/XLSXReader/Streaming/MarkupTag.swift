/// One start tag as `MarkupScanner` hands it to its handler, valid only during that call.
///
/// The tag points into the scanner's buffer, so reading it allocates nothing until an attribute
/// value is asked for; names are compared byte by byte with static strings.
struct MarkupTag {
  /// Where one attribute lies in the buffer.
  struct Attribute {
    /// The qualified name's bytes (`r`, `r:id`, `xml:space`).
    var name: Range<Int>
    /// The value's bytes between the quotes, entities not yet decoded.
    var value: Range<Int>
    /// Whether the name has a prefix; only unprefixed attributes are looked up by `attribute(_:)`.
    var isPrefixed: Bool
    /// Whether the value holds entities or line ends to decode (the scanner has checked them).
    var needsDecoding: Bool
  }

  /// The scanner's buffer, which `localName` and the attributes index.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The element's name without its prefix.
  let localName: Range<Int>
  /// Whether the element's prefix (or the default namespace) resolves to SpreadsheetML.
  let isSpreadsheet: Bool
  /// The attributes in the order written, namespace declarations included.
  let attributes: [Attribute]
  /// The 1-based line the tag starts on, for messages.
  let line: Int

  /// Whether the element is `name` in the SpreadsheetML namespace.
  func `is`(_ name: StaticString) -> Bool {
    isSpreadsheet && Self.equal(bytes, localName, name)
  }

  /// The decoded value of the unprefixed attribute `name`, or nil when the tag has none.
  ///
  /// The scanner has already checked every value's entities and UTF-8, so this cannot fail.
  func attribute(_ name: StaticString) -> String? {
    for attribute in attributes
    where !attribute.isPrefixed && Self.equal(bytes, attribute.name, name) {
      let raw = UnsafeBufferPointer(rebasing: bytes[attribute.value])
      guard attribute.needsDecoding else { return String(decoding: raw, as: UTF8.self) }
      var decoded: [UInt8] = []
      _ = MarkupText.decode(raw, into: &decoded, isAttribute: true)
      return String(decoding: decoded, as: UTF8.self)
    }
    return nil
  }

  /// Whether the bytes in `range` are exactly `name`.
  static func equal(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ name: StaticString
  ) -> Bool {
    guard range.count == name.utf8CodeUnitCount else { return false }
    return name.withUTF8Buffer { expected in
      var index = 0
      while index < expected.count {
        if bytes[range.lowerBound + index] != expected[index] { return false }
        index += 1
      }
      return true
    }
  }
}

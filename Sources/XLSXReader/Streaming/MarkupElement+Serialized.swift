extension MarkupElement {
  /// The element as UTF-8 XML that `MarkupScanner` reads back into the same names, namespaces,
  /// attributes and own text; how a part in another encoding reaches the streaming reader.
  ///
  /// Every namespaced name gets a prefix declared on its own element, so no default namespace
  /// is needed; the element's own text comes before its children, which the handlers, reading
  /// only an element's own text, do not mind.
  func serialized() -> [UInt8] {
    var output: [UInt8] = []
    append(to: &output)
    return output
  }

  private func append(to output: inout [UInt8]) {
    let qualified = namespace.isEmpty ? name : "e:\(name)"
    output += Array("<\(qualified)".utf8)
    if !namespace.isEmpty {
      output += Array(" xmlns:e=\"".utf8) + Self.escaped(namespace) + [UInt8(ascii: "\"")]
    }
    for (index, attribute) in attributes.enumerated() {
      var attributeName = attribute.name
      if !attribute.namespace.isEmpty {
        attributeName = "a\(index):\(attribute.name)"
        output +=
          Array(" xmlns:a\(index)=\"".utf8) + Self.escaped(attribute.namespace)
          + [UInt8(ascii: "\"")]
      }
      output +=
        Array(" \(attributeName)=\"".utf8) + Self.escaped(attribute.value)
        + [UInt8(ascii: "\"")]
    }
    output.append(UInt8(ascii: ">"))
    output += Self.escaped(text)
    for child in children {
      child.append(to: &output)
    }
    output += Array("</\(qualified)>".utf8)
  }

  /// `text` with the characters markup would read otherwise written as references.
  private static func escaped(_ text: String) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "&"): output += Array("&amp;".utf8)
      case UInt8(ascii: "<"): output += Array("&lt;".utf8)
      case UInt8(ascii: ">"): output += Array("&gt;".utf8)
      case UInt8(ascii: "\""): output += Array("&quot;".utf8)
      case UInt8(ascii: "\r"): output += Array("&#13;".utf8)
      case UInt8(ascii: "\n"): output += Array("&#10;".utf8)
      case UInt8(ascii: "\t"): output += Array("&#9;".utf8)
      default: output.append(byte)
      }
    }
    return output
  }
}

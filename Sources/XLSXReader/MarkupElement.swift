/// One parsed XML element, with its namespace resolved so lookups never depend on prefixes.
struct MarkupElement: Sendable {
  /// One attribute, its namespace resolved ("" for an unprefixed attribute).
  struct Attribute: Sendable {
    var namespace: String
    var name: String
    var value: String
  }

  /// The element's local name, without any prefix.
  var name: String
  /// The namespace URI its prefix (or the default namespace) resolved to, or "".
  var namespace: String
  var attributes: [Attribute] = []
  var children: [MarkupElement] = []
  /// The element's own character data, its children's excluded.
  var text: String = ""

  /// Whether the element has local name `name` in one of the namespace's URIs.
  func `is`(_ name: String, in namespace: Namespace) -> Bool {
    self.name == name && namespace.contains(self.namespace)
  }

  /// The value of the unprefixed attribute `name`.
  func attribute(_ name: String) -> String? {
    attributes.first { $0.name == name && $0.namespace.isEmpty }?.value
  }

  /// The value of attribute `name` in `namespace`.
  func attribute(_ name: String, in namespace: Namespace) -> String? {
    attributes.first { $0.name == name && namespace.contains($0.namespace) }?.value
  }

  /// The unprefixed attribute `name` read as an integer.
  func integer(_ name: String) -> Int? {
    attribute(name).flatMap { Int($0.trimmingXMLSpace) }
  }

  /// Whether the unprefixed attribute `name` is an XML Schema true ("1" or "true").
  func flag(_ name: String) -> Bool? {
    guard let value = attribute(name)?.trimmingXMLSpace else { return nil }
    return value == "1" || value == "true"
  }

  /// The first child named `name` in `namespace`.
  func child(_ name: String, in namespace: Namespace) -> MarkupElement? {
    children.first { $0.is(name, in: namespace) }
  }

  /// Every child named `name` in `namespace`, in document order.
  func children(_ name: String, in namespace: Namespace) -> [MarkupElement] {
    children.filter { $0.is(name, in: namespace) }
  }

  /// Follows a path of child names in one namespace, returning the first match at each step.
  func path(_ names: String..., in namespace: Namespace) -> MarkupElement? {
    var current: MarkupElement? = self
    for name in names {
      current = current?.child(name, in: namespace)
    }
    return current
  }

  /// Every descendant named `name` in `namespace`, depth first in document order.
  func descendants(_ name: String, in namespace: Namespace) -> [MarkupElement] {
    var found: [MarkupElement] = []
    collect(name, in: namespace, into: &found)
    return found
  }

  private func collect(_ name: String, in namespace: Namespace, into found: inout [MarkupElement]) {
    for child in children {
      if child.is(name, in: namespace) {
        found.append(child)
      }
      child.collect(name, in: namespace, into: &found)
    }
  }
}

extension String {
  /// The string without leading and trailing XML white space (space, tab, CR, LF).
  var trimmingXMLSpace: String {
    // Nearly every value has no space at either end: answer from the bytes, without grapheme
    // breaking, which cost a fifth of the time of streaming a sheet.
    guard let firstByte = utf8.first, let lastByte = utf8.last else { return "" }
    let isSpaceByte: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    if !isSpaceByte(firstByte), !isSpaceByte(lastByte) { return self }
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}

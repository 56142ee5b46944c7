extension MarkupScanner {
  // MARK: - Tags

  /// Reads the start tag at `start`; returns the index past it, or nil when it is incomplete.
  mutating func startTag(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int)
    throws(XLSXReaderError) -> Int?
  {
    let count = bytes.count
    var index = start + 1
    var newlines = 0
    let name = Self.nameEnd(bytes, from: index)
    guard name < count else { return nil }
    guard name > index, Self.canStartName(bytes[index]) else { throw malformed(line) }
    let qualified = index..<name
    index = name
    attributes.removeAll(keepingCapacity: true)
    var isEmpty = false
    while true {
      let spaceStart = index
      while index < count, Self.isSpace(bytes[index]) {
        if bytes[index] == UInt8(ascii: "\n") { newlines += 1 }
        index += 1
      }
      guard index < count else { return nil }
      if bytes[index] == UInt8(ascii: ">") { break }
      if bytes[index] == UInt8(ascii: "/") {
        guard index + 1 < count else { return nil }
        guard bytes[index + 1] == UInt8(ascii: ">") else { throw malformed(line + newlines) }
        isEmpty = true
        index += 1
        break
      }
      guard index > spaceStart else { throw malformed(line + newlines) }
      guard let next = try attribute(bytes, at: index, newlines: &newlines) else { return nil }
      index = next
    }
    guard phase != .epilog else { throw malformed(line) }
    phase = .inside
    try open(bytes, qualified)
    try handler.start(
      MarkupTag(
        bytes: bytes, localName: Self.localName(bytes, qualified),
        isSpreadsheet: resolves(bytes, qualified), attributes: attributes, line: line))
    line += newlines
    if isEmpty {
      try close()
    }
    return index + 1
  }

  /// Reads one `name="value"` at `start`; returns the index past the closing quote, or nil
  /// when the tag is incomplete.
  private mutating func attribute(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, newlines: inout Int
  ) throws(XLSXReaderError) -> Int? {
    let count = bytes.count
    let nameEnd = Self.nameEnd(bytes, from: start)
    guard nameEnd < count else { return nil }
    guard nameEnd > start, Self.canStartName(bytes[start]) else {
      throw malformed(line + newlines)
    }
    var index = nameEnd
    while index < count, Self.isSpace(bytes[index]) { index += 1 }
    guard index < count else { return nil }
    guard bytes[index] == UInt8(ascii: "=") else { throw malformed(line + newlines) }
    index += 1
    while index < count, Self.isSpace(bytes[index]) { index += 1 }
    guard index < count else { return nil }
    let quote = bytes[index]
    guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
      throw malformed(line + newlines)
    }
    let valueStart = index + 1
    index = valueStart
    var needsDecoding = false
    var hasHighBytes = false
    var valueNewlines = 0
    while index < count, bytes[index] != quote {
      switch bytes[index] {
      case UInt8(ascii: "<"): throw malformed(line + newlines + valueNewlines)
      case UInt8(ascii: "\n"):
        valueNewlines += 1
        needsDecoding = true
      case UInt8(ascii: "&"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): needsDecoding = true
      case 0x80...: hasHighBytes = true
      default: break
      }
      index += 1
    }
    guard index < count else { return nil }
    let value = UnsafeBufferPointer(rebasing: bytes[valueStart..<index])
    if needsDecoding {
      scratch.removeAll(keepingCapacity: true)
      guard MarkupText.decode(value, into: &scratch, isAttribute: true) else {
        throw malformed(line + newlines)
      }
    }
    guard !hasHighBytes || MarkupText.isValidUTF8(value) else { throw malformed(line + newlines) }
    newlines += valueNewlines
    let name = start..<nameEnd
    for other in attributes where Self.equal(bytes, other.name, name) {
      throw malformed(line + newlines)
    }
    let isPrefixed =
      bytes[name].contains(UInt8(ascii: ":"))
      || Self.isNamespaceDeclaration(
        bytes, name)
    attributes.append(
      MarkupTag.Attribute(
        name: name, value: valueStart..<index, isPrefixed: isPrefixed,
        needsDecoding: needsDecoding))
    return index + 1
  }

  /// Reads the end tag at `start`; returns the index past it, or nil when it is incomplete.
  mutating func endTag(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int)
    throws(XLSXReaderError) -> Int?
  {
    let nameStart = start + 2
    let nameEnd = Self.nameEnd(bytes, from: nameStart)
    var index = nameEnd
    while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
    guard index < bytes.count else { return nil }
    guard bytes[index] == UInt8(ascii: ">"), let last = openEnds.last else {
      throw malformed(line)
    }
    let first = openEnds.count > 1 ? openEnds[openEnds.count - 2] : 0
    let length = nameEnd - nameStart
    var matches = length == last - first
    var offset = 0
    while matches, offset < length {
      matches = bytes[nameStart + offset] == openNames[first + offset]
      offset += 1
    }
    guard matches else { throw malformed(line) }
    try close()
    line += Self.newlines(bytes, nameEnd..<index)
    return index + 1
  }

  /// Pushes an element: its name, and the namespace declarations among `attributes`.
  private mutating func open(_ bytes: UnsafeBufferPointer<UInt8>, _ name: Range<Int>)
    throws(XLSXReaderError)
  {
    openNames.append(contentsOf: bytes[name])
    openEnds.append(openNames.count)
    for attribute in attributes where Self.isNamespaceDeclaration(bytes, attribute.name) {
      let declared = bytes[attribute.name]
      let prefix = declared.count > 6 ? Array(declared.dropFirst(6)) : []
      var value: [UInt8] = []
      MarkupText.decode(
        UnsafeBufferPointer(rebasing: bytes[attribute.value]), into: &value, isAttribute: true)
      let uri = String(decoding: value, as: UTF8.self)
      bindings.append(
        Binding(
          prefix: prefix, isSpreadsheet: Namespace.spreadsheet.contains(uri),
          depth: openEnds.count))
      if prefix.isEmpty { defaultIsSpreadsheet = Namespace.spreadsheet.contains(uri) }
    }
  }

  /// Pops the current element and tells the handler.
  private mutating func close() throws(XLSXReaderError) {
    let depth = openEnds.count
    openEnds.removeLast()
    openNames.removeSubrange((openEnds.last ?? 0)...)
    if let last = bindings.last, last.depth == depth {
      bindings.removeAll { $0.depth == depth }
      defaultIsSpreadsheet = bindings.last { $0.prefix.isEmpty }?.isSpreadsheet ?? false
    }
    if openEnds.isEmpty { phase = .epilog }
    try handler.end()
  }

  /// Whether the qualified name's prefix (or the default namespace) names SpreadsheetML.
  private func resolves(_ bytes: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Bool {
    guard let colon = bytes[name].firstIndex(of: UInt8(ascii: ":")) else {
      return defaultIsSpreadsheet
    }
    let prefix = bytes[name.lowerBound..<colon]
    return bindings.last { $0.prefix.elementsEqual(prefix) }?.isSpreadsheet ?? false
  }

  private static func localName(_ bytes: UnsafeBufferPointer<UInt8>, _ name: Range<Int>)
    -> Range<Int>
  {
    guard let colon = bytes[name].firstIndex(of: UInt8(ascii: ":")) else { return name }
    return (colon + 1)..<name.upperBound
  }

  /// The index of the first byte at or after `start` that cannot be part of a name.
  private static func nameEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "="),
        UInt8(ascii: "<"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "&"), 0:
        return index
      default:
        index += 1
      }
    }
    return index
  }

  /// Whether `byte` may begin a name (not a digit, `-` or `.`).
  private static func canStartName(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."): false
    default: true
    }
  }

  private static func isNamespaceDeclaration(
    _ bytes: UnsafeBufferPointer<UInt8>, _ name: Range<Int>
  ) -> Bool {
    guard name.count >= 5, MarkupTag.equal(bytes, name.lowerBound..<(name.lowerBound + 5), "xmlns")
    else { return false }
    return name.count == 5 || bytes[name.lowerBound + 5] == UInt8(ascii: ":")
  }

  private static func equal(
    _ bytes: UnsafeBufferPointer<UInt8>, _ left: Range<Int>, _ right: Range<Int>
  ) -> Bool {
    left.count == right.count && bytes[left].elementsEqual(bytes[right])
  }
}

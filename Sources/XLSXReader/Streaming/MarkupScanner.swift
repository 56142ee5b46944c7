/// Receives what `MarkupScanner` reads, in document order.
protocol MarkupHandler {
  /// Whether the character data at the current position should be delivered to `text(_:)`;
  /// data nobody wants is only checked, not decoded.
  var wantsText: Bool { get }

  /// An element starts (a self-closing one is followed at once by `end()`).
  mutating func start(_ tag: MarkupTag) throws(XLSXReaderError)

  /// Decoded character data (or a CDATA section) inside the current element.
  mutating func text(_ bytes: [UInt8])

  /// The current element ends.
  mutating func end() throws(XLSXReaderError)
}

/// A small push parser for the UTF-8 XML of the parts the reader streams (worksheets and
/// shared strings), fed in chunks as they are inflated.
///
/// It checks what well-formedness needs for these parts: one root element, matching end tags,
/// quoted and unrepeated attributes, only the five predefined entities and valid character
/// references, UTF-8 in every value it decodes, and nothing but white space, comments and
/// processing instructions outside the root. Any `<!DOCTYPE` or `<!ENTITY`, in markup, in a
/// comment or in a CDATA section, is refused as `documentTypeDeclaration`, as `MarkupParser`
/// does. Errors name the line they were found on. A part that is not UTF-8 (a byte order mark
/// or a declaration of UTF-16 or another encoding) sets `needsTreeParser` before any element
/// is handed on, and the caller reads that part with `MarkupParser` instead.
struct MarkupScanner<Handler: MarkupHandler> {
  /// Where the scanner is in the document.
  enum Phase {
    /// Nothing read yet: a byte order mark or an XML declaration may come.
    case start
    /// Before the root element.
    case prolog
    /// Inside the root element.
    case inside
    /// After the root element's end.
    case epilog
  }

  /// One namespace declaration in scope: whether its prefix ("" for the default) names
  /// SpreadsheetML, and the depth of the element that declared it.
  struct Binding {
    var prefix: [UInt8]
    var isSpreadsheet: Bool
    var depth: Int
  }

  /// The receiver of the elements and text.
  var handler: Handler
  /// The file and part named in messages.
  let file: String
  let part: String
  /// Set when the part must be read by `MarkupParser` because it is not UTF-8.
  var needsTreeParser = false

  /// Bytes fed and not yet consumed: an incomplete token at the end of the last chunk (or,
  /// once `needsTreeParser` is set, everything fed so far).
  var pending: [UInt8] = []
  /// The 1-based line of the first pending byte.
  var line = 1
  var phase = Phase.start
  /// The qualified names of the open elements, end to end, and where each one ends (kept flat
  /// so that opening an element allocates nothing).
  var openNames: [UInt8] = []
  var openEnds: [Int] = []
  /// The namespace declarations in scope, innermost last.
  var bindings: [Binding] = []
  /// Whether the default namespace in scope is SpreadsheetML.
  var defaultIsSpreadsheet = false
  /// The current start tag's attributes; reused from tag to tag.
  var attributes: [MarkupTag.Attribute] = []
  /// Decoded text and attribute values; reused.
  var scratch: [UInt8] = []

  /// Creates a scanner that hands what it reads to `handler`.
  init(handler: Handler, file: String, part: String) {
    self.handler = handler
    self.file = file
    self.part = part
  }

  /// Reads the next bytes of the part.
  ///
  /// - Throws: `.malformedXML`, `.documentTypeDeclaration`, or what the handler throws.
  mutating func feed(_ chunk: some Collection<UInt8>) throws(XLSXReaderError) {
    guard !needsTreeParser else { return }
    pending.append(contentsOf: chunk)
    try run(final: false)
  }

  /// Reads the end of the part: everything must be closed.
  mutating func finish() throws(XLSXReaderError) {
    guard !needsTreeParser else { return }
    try run(final: true)
    guard !needsTreeParser else { return }
    guard phase == .epilog else { throw malformed(line) }
  }

  private mutating func run(final: Bool) throws(XLSXReaderError) {
    if phase == .start {
      guard pending.count >= 4 || final else { return }
      if pending.starts(with: [0xEF, 0xBB, 0xBF]) {
        pending.removeFirst(3)
      } else if let first = pending.first,
        first == 0 || first == 0xFE || first == 0xFF
          || (pending.count > 1 && pending[1] == 0)
      {
        needsTreeParser = true
        return
      }
    }
    let consumed = try scanPending(final: final)
    if !needsTreeParser {
      pending.removeFirst(consumed)
    }
  }

  /// Scans the pending bytes and returns how many were consumed; an incomplete token at the
  /// end stays pending unless `final`.
  private mutating func scanPending(final: Bool) throws(XLSXReaderError) -> Int {
    let bytes = pending
    return try bytes.withUnsafeBufferPointer { (buffer) throws(XLSXReaderError) -> Int in
      try scan(buffer, final: final)
    }
  }

  private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, final: Bool)
    throws(XLSXReaderError) -> Int
  {
    var index = 0
    let count = bytes.count
    while index < count, !needsTreeParser {
      if bytes[index] != UInt8(ascii: "<") {
        var end = index
        var newlines = 0
        var hasReference = false
        while end < count, bytes[end] != UInt8(ascii: "<") {
          if bytes[end] == UInt8(ascii: "\n") { newlines += 1 }
          if bytes[end] == UInt8(ascii: "&") { hasReference = true }
          end += 1
        }
        if end == count, !final { break }
        try text(UnsafeBufferPointer(rebasing: bytes[index..<end]), hasReference: hasReference)
        line += newlines
        index = end
        continue
      }
      let next: Int?
      switch index + 1 < count ? bytes[index + 1] : 0 {
      case UInt8(ascii: "/"): next = try endTag(bytes, at: index)
      case UInt8(ascii: "?"): next = try processingInstruction(bytes, at: index, final: final)
      case UInt8(ascii: "!"): next = try declaration(bytes, at: index, final: final)
      case 0 where index + 1 >= count: next = nil
      default: next = try startTag(bytes, at: index)
      }
      guard let next else {
        if final { throw malformed(line + Self.newlines(bytes, index..<count)) }
        break
      }
      if phase == .start { phase = .prolog }
      index = next
    }
    return index
  }

  /// Character data between markup.
  private mutating func text(_ raw: UnsafeBufferPointer<UInt8>, hasReference: Bool)
    throws(XLSXReaderError)
  {
    guard !openEnds.isEmpty else {
      for byte in raw where !Self.isSpace(byte) { throw malformed(line) }
      if phase == .start, !raw.isEmpty { phase = .prolog }
      return
    }
    let wanted = handler.wantsText
    guard wanted || hasReference else { return }
    scratch.removeAll(keepingCapacity: true)
    guard MarkupText.decode(raw, into: &scratch, isAttribute: false) else {
      throw malformed(line)
    }
    guard wanted else { return }
    let isValid = scratch.withUnsafeBufferPointer { MarkupText.isValidUTF8($0) }
    guard isValid else { throw malformed(line) }
    handler.text(scratch)
  }

  // MARK: - Helpers

  /// The error for a well-formedness problem on `line`.
  func malformed(_ line: Int) -> XLSXReaderError {
    .malformedXML(file: file, part: part, line: line)
  }

  /// XML white space.
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
  }

  /// The number of line feeds in `range`.
  static func newlines(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var count = 0
    for index in range where bytes[index] == UInt8(ascii: "\n") {
      count += 1
    }
    return count
  }

  /// The index just past the first occurrence of `terminator` at or after `start`, or nil.
  static func find(
    _ terminator: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    terminator.withUTF8Buffer { needle -> Int? in
      var index = start
      while index + needle.count <= bytes.count {
        if bytes[index] == needle[0] {
          var matched = 1
          while matched < needle.count, bytes[index + matched] == needle[matched] {
            matched += 1
          }
          if matched == needle.count { return index + needle.count }
        }
        index += 1
      }
      return nil
    }
  }
}

extension MarkupScanner {
  // MARK: - Declarations, comments, CDATA and processing instructions

  /// Reads the `<!` markup at `start`: a comment, a CDATA section, or a refused declaration.
  ///
  /// - Returns: The index past it, or nil when it is incomplete.
  mutating func declaration(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, final: Bool)
    throws(XLSXReaderError) -> Int?
  {
    let rest = bytes.count - start
    if rest >= 4, MarkupTag.equal(bytes, start..<(start + 4), "<!--") {
      guard let end = Self.find("-->", in: bytes, from: start + 4) else { return nil }
      try refuseDeclarations(bytes, start + 4..<end)
      line += Self.newlines(bytes, start..<end)
      return end
    }
    if rest >= 9, MarkupTag.equal(bytes, start..<(start + 9), "<![CDATA[") {
      guard let end = Self.find("]]>", in: bytes, from: start + 9) else { return nil }
      guard !openEnds.isEmpty else { throw malformed(line) }
      let body = UnsafeBufferPointer(rebasing: bytes[(start + 9)..<(end - 3)])
      try refuseDeclarations(bytes, start + 9..<end)
      guard MarkupText.isValidUTF8(body) else { throw malformed(line) }
      if handler.wantsText {
        handler.text(Array(body))
      }
      line += Self.newlines(bytes, start..<end)
      return end
    }
    if Self.namesDeclaration(bytes, at: start) {
      throw .documentTypeDeclaration(file: file, part: part)
    }
    guard rest >= 9 || final else { return nil }
    throw malformed(line)
  }

  /// Reads the processing instruction at `start`.
  ///
  /// The XML declaration, allowed only first, says whether the part is UTF-8.
  ///
  /// - Returns: The index past it, or nil when it is incomplete.
  mutating func processingInstruction(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, final: Bool
  ) throws(XLSXReaderError) -> Int? {
    guard let end = Self.find("?>", in: bytes, from: start + 2) else { return nil }
    let body = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[(start + 2)..<(end - 2)]),
      as: UTF8.self)
    let target = body.prefix { $0 != " " && $0 != "\t" && $0 != "\n" && $0 != "\r" }
    if target.lowercased() == "xml" {
      guard phase == .start, target == "xml" else { throw malformed(line) }
      if let encoding = Self.declaredEncoding(body),
        !["utf-8", "utf8", "us-ascii", "ascii"].contains(encoding.lowercased())
      {
        needsTreeParser = true
      }
    }
    line += Self.newlines(bytes, start..<end)
    return end
  }

  /// The `encoding` pseudo-attribute of an XML declaration's text.
  private static func declaredEncoding(_ body: String) -> String? {
    guard let range = body.range(of: "encoding") else { return nil }
    let rest = body[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    return String(rest.dropFirst().prefix { $0 != quote })
  }

  /// Throws when `range` holds `<!DOCTYPE` or `<!ENTITY` in any letter case.
  private func refuseDeclarations(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    throws(XLSXReaderError)
  {
    var index = range.lowerBound
    while index + 1 < range.upperBound {
      if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "!"),
        Self.namesDeclaration(bytes, at: index)
      {
        throw .documentTypeDeclaration(file: file, part: part)
      }
      index += 1
    }
  }

  /// Whether the `<!` at `start` goes on with `DOCTYPE` or `ENTITY`, in any letter case.
  private static func namesDeclaration(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int)
    -> Bool
  {
    for keyword in ["DOCTYPE", "ENTITY"] {
      let letters = Array(keyword.utf8)
      guard start + 2 + letters.count <= bytes.count else { continue }
      var matches = true
      for (offset, letter) in letters.enumerated() {
        let byte = bytes[start + 2 + offset]
        let upper = (0x61...0x7A).contains(byte) ? byte - 32 : byte
        if upper != letter {
          matches = false
          break
        }
      }
      if matches { return true }
    }
    return false
  }
}

import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Parses one part of an xlsx package into a `MarkupElement` tree, refusing DTDs and entities.
///
/// The raw bytes are searched for `<!DOCTYPE` and `<!ENTITY` before the parser sees them; that
/// search is the guarantee. As a second line the parser is told not to resolve external entities
/// and to stop at any declaration it reports (Darwin's parser reports them; on Linux,
/// FoundationXML does not call those delegate methods, which the tests showed).
enum MarkupParser {
  /// Parses `data`, the bytes of `part` in `file`, into its root element.
  ///
  /// - Throws: `XLSXReaderError.documentTypeDeclaration` for any DTD or entity declaration,
  ///   `.malformedXML` when the bytes are not well-formed XML or not UTF-8 (every xlsx writer
  ///   writes its parts in UTF-8; the line is the one with the first broken sequence).
  static func parse(_ data: Data, part: String, file: String) throws(XLSXReaderError)
    -> MarkupElement
  {
    if declaresDocumentType(data) {
      throw .documentTypeDeclaration(file: file, part: part)
    }
    if isUTF8(data), let failure = data.withUnsafeBytes({ UTF8Check.firstFailure(in: $0) }) {
      throw .malformedXML(file: file, part: part, line: failure.line)
    }
    // The stream initializer feeds libxml2 in chunks; given the whole buffer at once, libxml2
    // stops with "huge input lookup" once a part passes 10 MB (a 50,000-row sheet does).
    let parser = XMLParser(stream: InputStream(data: data))
    parser.shouldProcessNamespaces = false
    parser.shouldReportNamespacePrefixes = false
    parser.shouldResolveExternalEntities = false
    let builder = TreeBuilder()
    parser.delegate = builder
    let succeeded = parser.parse()
    if builder.foundDeclaration {
      throw .documentTypeDeclaration(file: file, part: part)
    }
    guard succeeded, parser.parserError == nil, builder.errorLine == nil,
      let root = builder.root
    else {
      let line = builder.errorLine ?? parser.lineNumber
      throw .malformedXML(file: file, part: part, line: line > 0 ? line : nil)
    }
    return root
  }

  /// Whether the part is UTF-8 text, as every xlsx writer writes it.
  ///
  /// It is unless a UTF-16 byte order mark or a NUL byte is among the first two bytes, or a
  /// well-formed XML declaration names another encoding (libxml2 transcodes those itself, so
  /// their bytes reach the delegate as UTF-8). A declaration that is not well-formed does not
  /// count: libxml2 then reads the bytes as UTF-8.
  static func isUTF8(_ data: Data) -> Bool {
    let head = [UInt8](data.prefix(256))
    if head.count >= 2, head[0] == 0xFF || head[0] == 0xFE || head[0] == 0 || head[1] == 0 {
      return false
    }
    guard let end = head.firstIndex(of: UInt8(ascii: ">")) else { return true }
    let declaration = String(decoding: head[...end], as: UTF8.self)
    guard let match = declaration.firstMatch(of: wellFormedDeclaration),
      let encoding = match.output.encoding
    else { return true }
    return ["utf-8", "utf8"].contains(encoding.lowercased())
  }

  /// An XML declaration as XML 1.0 spells it, capturing the encoding's name.
  private static var wellFormedDeclaration: Regex<(Substring, encoding: Substring?)> {
    #/
      ^ <\?xml \s+ version \s* = \s* (?: "1\.[0-9]+" | '1\.[0-9]+' )
      (?: \s+ encoding \s* = \s* ["'] (?<encoding> [A-Za-z] [A-Za-z0-9._\-]* ) ["'] )?
      (?: \s+ standalone \s* = \s* (?: "(?:yes|no)" | '(?:yes|no)' ) )?
      \s* \?>
    /#
  }

  /// Whether the bytes contain `<!DOCTYPE` or `<!ENTITY`, in any letter case and ignoring NUL
  /// bytes (so a UTF-16 encoded declaration is caught too).
  static func declaresDocumentType(_ data: Data) -> Bool {
    let keywords: [[UInt8]] = [Array("DOCTYPE".utf8), Array("ENTITY".utf8)]
    var bytes: [UInt8] = []
    bytes.reserveCapacity(data.count)
    for byte in data where byte != 0 {
      bytes.append(byte)
    }
    var index = 0
    while index + 1 < bytes.count {
      if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "!") {
        for keyword in keywords where index + 2 + keyword.count <= bytes.count {
          let candidate = bytes[(index + 2)..<(index + 2 + keyword.count)]
          if zip(candidate, keyword).allSatisfy({ asciiUppercase($0) == $1 }) {
            return true
          }
        }
      }
      index += 1
    }
    return false
  }

  private static func asciiUppercase(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? byte - 32 : byte
  }
}

/// The parser's delegate: resolves namespace prefixes itself and builds the element tree.
private final class TreeBuilder: NSObject, XMLParserDelegate {
  private static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

  var root: MarkupElement?
  var foundDeclaration = false
  var errorLine: Int?
  private var stack: [MarkupElement] = []
  private var scopes: [[String: String]] = [["xml": TreeBuilder.xmlNamespace]]

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    var scope = scopes[scopes.count - 1]
    for (key, value) in attributeDict {
      if key == "xmlns" {
        scope[""] = value
      } else if key.hasPrefix("xmlns:") {
        scope[String(key.dropFirst(6))] = value
      }
    }
    scopes.append(scope)
    var attributes: [MarkupElement.Attribute] = []
    attributes.reserveCapacity(attributeDict.count)
    for (key, value) in attributeDict where key != "xmlns" && !key.hasPrefix("xmlns:") {
      let (prefix, local) = Self.split(key)
      let namespace = prefix.map { scope[$0] ?? "" } ?? ""
      attributes.append(.init(namespace: namespace, name: local, value: value))
    }
    let (prefix, local) = Self.split(elementName)
    let namespace = scope[prefix ?? ""] ?? ""
    stack.append(MarkupElement(name: local, namespace: namespace, attributes: attributes))
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    scopes.removeLast()
    guard let element = stack.popLast() else { return }
    if stack.isEmpty {
      root = element
    } else {
      stack[stack.count - 1].children.append(element)
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].text += string
  }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].text += String(decoding: block, as: UTF8.self)
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    if errorLine == nil {
      errorLine = parser.lineNumber
    }
  }

  func parser(
    _ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?
  ) {
    refuse(parser)
  }

  func parser(
    _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?,
    systemID: String?
  ) {
    refuse(parser)
  }

  func parser(
    _ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?,
    systemID: String?, notationName: String?
  ) {
    refuse(parser)
  }

  func parser(
    _ parser: XMLParser, foundElementDeclarationWithName elementName: String, model: String
  ) {
    refuse(parser)
  }

  func parser(
    _ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?
  ) -> Data? {
    refuse(parser)
    return nil
  }

  private func refuse(_ parser: XMLParser) {
    foundDeclaration = true
    parser.abortParsing()
  }

  private static func split(_ qualifiedName: String) -> (prefix: String?, local: String) {
    guard let colon = qualifiedName.firstIndex(of: ":") else { return (nil, qualifiedName) }
    return (
      String(qualifiedName[..<colon]), String(qualifiedName[qualifiedName.index(after: colon)...])
    )
  }
}

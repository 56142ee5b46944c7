/// Reads the workbook part and everything it links to from an opened package.
struct WorkbookLoader {
  let archive: PackageArchive

  /// Reads the whole document.
  func load() throws(XLSXReaderError) -> XLSXDocument {
    let packageLinks = try Relationships.of("", in: archive)
    let workbookPart =
      packageLinks.ofKind("officeDocument").first { !$0.isExternal }?.target ?? "xl/workbook.xml"
    guard archive.contains(workbookPart) else {
      throw .missingPart(file: archive.file, part: workbookPart)
    }
    let workbook = try archive.requiredElement(of: workbookPart)
    let links = try Relationships.of(workbookPart, in: archive)
    let definedNames = Self.definedNames(workbook)
    let context = WorksheetReader.Context(
      archive: archive,
      sharedStrings: try sharedStrings(links),
      styles: StyleTable(try part(ofKind: "styles", in: links)),
      usesDate1904: workbook.child("workbookPr", in: .spreadsheet)?.flag("date1904") ?? false)
    let entries = workbook.child("sheets", in: .spreadsheet)?.children("sheet", in: .spreadsheet)
    var sheets: [XLSXSheet] = []
    for (index, entry) in (entries ?? []).enumerated() {
      let name = entry.attribute("name") ?? ""
      guard let id = entry.attribute("id", in: .relationships), let link = links[id],
        !link.isExternal
      else {
        throw .invalidContent(
          file: archive.file, part: workbookPart,
          detail: "sheet '\(name)' has no relationship to its part")
      }
      let reader = WorksheetReader(context: context, part: link.target)
      sheets.append(
        try reader.read(
          name: name, visibility: entry.attribute("state") ?? "visible",
          localNames: definedNames.filter { $0.localSheetIndex == index }))
    }
    return XLSXDocument(
      sheets: sheets,
      customProperties: try customProperties(packageLinks),
      coreProperties: try coreProperties(packageLinks),
      definedNames: definedNames,
      usesDate1904: context.usesDate1904)
  }

  /// The root of the first part of `kind` linked from `links`, or nil.
  private func part(ofKind kind: String, in links: Relationships) throws(XLSXReaderError)
    -> MarkupElement?
  {
    guard let link = links.ofKind(kind).first(where: { !$0.isExternal }) else { return nil }
    return try archive.element(of: link.target)
  }

  private func sharedStrings(_ links: Relationships) throws(XLSXReaderError) -> [String] {
    var root = try part(ofKind: "sharedStrings", in: links)
    if root == nil, links.ofKind("sharedStrings").isEmpty {
      root = try archive.element(of: "xl/sharedStrings.xml")
    }
    return root?.children("si", in: .spreadsheet).map(SpreadsheetText.of) ?? []
  }

  private static func definedNames(_ workbook: MarkupElement) -> [XLSXDefinedName] {
    let names = workbook.child("definedNames", in: .spreadsheet)?
      .children("definedName", in: .spreadsheet)
    return (names ?? []).map { element in
      XLSXDefinedName(
        name: element.attribute("name") ?? "",
        refersTo: element.text,
        localSheetIndex: element.integer("localSheetId"),
        isHidden: element.flag("hidden") ?? false)
    }
  }

  // MARK: - Document properties

  /// Reads a document properties part leniently: absent, malformed or unreadable means none,
  /// but a DTD and the size limits still refuse the file.
  private func propertiesPart(kind: String, fallback: String, in links: Relationships)
    throws(XLSXReaderError) -> MarkupElement?
  {
    let target = links.ofKind(kind).first { !$0.isExternal }?.target ?? fallback
    do {
      return try archive.element(of: target)
    } catch {
      switch error {
      case .documentTypeDeclaration, .tooLarge, .tooManyEntries:
        throw error
      default:
        return nil
      }
    }
  }

  private func customProperties(_ links: Relationships) throws(XLSXReaderError)
    -> [String: String]
  {
    let root = try propertiesPart(
      kind: "custom-properties", fallback: "docProps/custom.xml", in: links)
    var properties: [String: String] = [:]
    for property in root?.children("property", in: .customProperties) ?? [] {
      guard let name = property.attribute("name"), let value = property.children.first else {
        continue
      }
      properties[name] = value.text.trimmingXMLSpace
    }
    return properties
  }

  private func coreProperties(_ links: Relationships) throws(XLSXReaderError)
    -> XLSXCoreProperties
  {
    let root = try propertiesPart(
      kind: "core-properties", fallback: "docProps/core.xml", in: links)
    return root.map(XLSXCoreProperties.init) ?? XLSXCoreProperties()
  }
}

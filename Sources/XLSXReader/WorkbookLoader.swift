/// Reads the workbook part and everything it links to from an opened package.
struct WorkbookLoader {
  let archive: PackageArchive

  /// A sheet as the workbook part lists it.
  struct SheetLink {
    var name: String
    /// "visible", "hidden" or "veryHidden".
    var visibility: String
    /// The sheet's part ("xl/worksheets/sheet1.xml").
    var part: String
    /// The relationship's kind ("worksheet", "chartsheet").
    var kind: String
  }

  /// What the workbook part and its links say, read before any sheet.
  struct Index {
    var packageLinks: Relationships
    var definedNames: [XLSXDefinedName]
    var context: WorksheetReader.Context
    var sheets: [SheetLink]
  }

  /// Reads the workbook part, the shared strings and the styles.
  func index() throws(XLSXReaderError) -> Index {
    let packageLinks = try Relationships.of("", in: archive)
    let workbookPart =
      packageLinks.ofKind("officeDocument").first { !$0.isExternal }?.target ?? "xl/workbook.xml"
    guard archive.contains(workbookPart) else {
      throw .missingPart(file: archive.file, part: workbookPart)
    }
    let workbook = try archive.requiredElement(of: workbookPart)
    let links = try Relationships.of(workbookPart, in: archive)
    let context = WorksheetReader.Context(
      archive: archive,
      sharedStrings: try sharedStrings(links),
      styles: StyleTable(try part(ofKind: "styles", in: links)),
      usesDate1904: workbook.child("workbookPr", in: .spreadsheet)?.flag("date1904") ?? false)
    let entries = workbook.child("sheets", in: .spreadsheet)?.children("sheet", in: .spreadsheet)
    var sheets: [SheetLink] = []
    for entry in entries ?? [] {
      let name = entry.attribute("name") ?? ""
      guard let id = entry.attribute("id", in: .relationships), let link = links[id],
        !link.isExternal
      else {
        throw .invalidContent(
          file: archive.file, part: workbookPart,
          detail: "sheet '\(name)' has no relationship to its part")
      }
      sheets.append(
        SheetLink(
          name: name, visibility: entry.attribute("state") ?? "visible", part: link.target,
          kind: link.kind))
    }
    return Index(
      packageLinks: packageLinks, definedNames: Self.definedNames(workbook), context: context,
      sheets: sheets)
  }

  /// Reads the whole document.
  func load() throws(XLSXReaderError) -> XLSXDocument {
    let index = try index()
    var sheets: [XLSXSheet] = []
    for (position, link) in index.sheets.enumerated() {
      let reader = WorksheetReader(context: index.context, part: link.part)
      sheets.append(
        try reader.read(
          name: link.name, visibility: link.visibility,
          localNames: index.definedNames.filter { $0.localSheetIndex == position }))
    }
    return XLSXDocument(
      sheets: sheets,
      customProperties: try customProperties(index.packageLinks),
      coreProperties: try coreProperties(index.packageLinks),
      definedNames: index.definedNames,
      usesDate1904: index.context.usesDate1904)
  }

  /// The root of the first part of `kind` linked from `links`, or nil.
  private func part(ofKind kind: String, in links: Relationships) throws(XLSXReaderError)
    -> MarkupElement?
  {
    guard let link = links.ofKind(kind).first(where: { !$0.isExternal }) else { return nil }
    return try archive.element(of: link.target)
  }

  /// The shared strings, streamed into a compact table (a million strings fit in tens of MB).
  private func sharedStrings(_ links: Relationships) throws(XLSXReaderError)
    -> SharedStringTable
  {
    let declared = links.ofKind("sharedStrings")
    let target =
      declared.isEmpty ? "xl/sharedStrings.xml" : declared.first { !$0.isExternal }?.target
    guard let target else { return SharedStringTable() }
    return try archive.scan(target, with: SharedStringsHandler())?.table ?? SharedStringTable()
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

  func customProperties(_ links: Relationships) throws(XLSXReaderError)
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

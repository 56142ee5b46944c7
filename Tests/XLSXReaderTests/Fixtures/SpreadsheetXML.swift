/// Hand-written XML parts in the shapes libxlsxwriter, Excel and LibreOffice write.
enum SpreadsheetXML {
  static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationshipsNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let packageNS = "http://schemas.openxmlformats.org/package/2006/relationships"
  static let relationshipType =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  /// A worksheet in the default namespace with `body` inside `<worksheet>`.
  static func worksheet(_ body: String) -> String {
    declaration + "\n"
      + #"<worksheet xmlns="\#(main)" xmlns:r="\#(relationshipsNS)">"# + body + "</worksheet>"
  }

  /// A relationships part with (id, type suffix, target) entries.
  static func relationships(_ entries: [(id: String, type: String, target: String)]) -> String {
    let items = entries.map { entry in
      let mode = entry.target.hasPrefix("http") ? #" TargetMode="External""# : ""
      return #"<Relationship Id="\#(entry.id)" Type="\#(relationshipType)/\#(entry.type)" "#
        + #"Target="\#(entry.target)"\#(mode)/>"#
    }
    return declaration + #"<Relationships xmlns="\#(packageNS)">"# + items.joined()
      + "</Relationships>"
  }

  /// A shared strings part.
  static func sharedStrings(_ strings: [String]) -> String {
    declaration + #"<sst xmlns="\#(main)" count="\#(strings.count)" "#
      + #"uniqueCount="\#(strings.count)">"#
      + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"
  }

  /// A minimal package: root rels, workbook with `sheets`, workbook rels, optional styles and
  /// shared strings, in the default namespace as libxlsxwriter writes them.
  static func package(
    sheets: [(name: String, body: String)], sharedStrings strings: [String] = [],
    styles: String? = nil, workbookExtra: String = ""
  ) -> WorkbookFixture {
    var parts: [(path: String, text: String)] = [
      (
        "[Content_Types].xml",
        declaration
          + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#
      ),
      (
        "_rels/.rels",
        relationships([
          ("rId1", "officeDocument", "xl/workbook.xml")
        ])
      ),
    ]
    let sheetEntries = sheets.enumerated().map { index, sheet in
      #"<sheet name="\#(sheet.name)" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
    }
    parts.append(
      (
        "xl/workbook.xml",
        declaration + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationshipsNS)">"#
          + "<sheets>\(sheetEntries.joined())</sheets>\(workbookExtra)</workbook>"
      ))
    var links = sheets.indices.map { index in
      (id: "rId\(index + 1)", type: "worksheet", target: "worksheets/sheet\(index + 1).xml")
    }
    if !strings.isEmpty {
      links.append(("rId\(sheets.count + 1)", "sharedStrings", "sharedStrings.xml"))
      parts.append(("xl/sharedStrings.xml", sharedStrings(strings)))
    }
    if let styles {
      links.append(("rId\(sheets.count + 2)", "styles", "styles.xml"))
      parts.append(
        (
          "xl/styles.xml",
          declaration + #"<styleSheet xmlns="\#(main)">"# + styles
            + "</styleSheet>"
        ))
    }
    parts.append(("xl/_rels/workbook.xml.rels", relationships(links)))
    for (index, sheet) in sheets.enumerated() {
      parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet.body)))
    }
    return WorkbookFixture(parts)
  }
}

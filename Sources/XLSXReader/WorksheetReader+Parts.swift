extension WorksheetReader {
  /// The charts of the sheet's drawing: sheet rels, then the drawing part, then its rels, then
  /// each chart part, anchored where the drawing places it.
  func charts(_ root: MarkupElement, relationships: Relationships) throws(XLSXReaderError)
    -> [XLSXChart]
  {
    var charts: [XLSXChart] = []
    for drawing in root.children("drawing", in: .spreadsheet) {
      guard let id = drawing.attribute("id", in: .relationships),
        let link = relationships[id], !link.isExternal
      else { continue }
      let drawingRoot = try context.archive.requiredElement(of: link.target)
      let drawingLinks = try Relationships.of(link.target, in: context.archive)
      for anchor in drawingRoot.children where anchor.name.hasSuffix("Anchor") {
        let position = anchor.child("from", in: .spreadsheetDrawing).flatMap(Self.position)
        for reference in anchor.descendants("chart", in: .chart) {
          guard let chartID = reference.attribute("id", in: .relationships),
            let chartLink = drawingLinks[chartID], !chartLink.isExternal
          else { continue }
          let chartRoot = try context.archive.requiredElement(of: chartLink.target)
          charts.append(ChartParser.chart(chartRoot, anchor: position))
        }
      }
    }
    return charts
  }

  private static func position(_ from: MarkupElement) -> XLSXCellPosition? {
    guard
      let column = from.child("col", in: .spreadsheetDrawing).flatMap({
        Int($0.text.trimmingXMLSpace)
      }),
      let row = from.child("row", in: .spreadsheetDrawing).flatMap({ Int($0.text.trimmingXMLSpace) }
      )
    else { return nil }
    return XLSXCellPosition(row: row, column: column)
  }

  /// The tables linked from `<tableParts>`.
  func tables(_ root: MarkupElement, relationships: Relationships) throws(XLSXReaderError)
    -> [XLSXTable]
  {
    let parts = root.child("tableParts", in: .spreadsheet)?.children("tablePart", in: .spreadsheet)
    var tables: [XLSXTable] = []
    for part in parts ?? [] {
      guard let id = part.attribute("id", in: .relationships), let link = relationships[id],
        !link.isExternal
      else { continue }
      tables.append(XLSXTable(try context.archive.requiredElement(of: link.target)))
    }
    return tables
  }

  /// The comment texts of the comments parts linked to the sheet, by cell reference.
  func comments(_ relationships: Relationships) throws(XLSXReaderError) -> [String: String] {
    var comments: [String: String] = [:]
    for link in relationships.ofKind("comments") where !link.isExternal {
      let root = try context.archive.requiredElement(of: link.target)
      let list = root.child("commentList", in: .spreadsheet)?.children("comment", in: .spreadsheet)
      for comment in list ?? [] {
        guard let reference = comment.attribute("ref"),
          let text = comment.child("text", in: .spreadsheet)
        else { continue }
        comments[reference] = SpreadsheetText.of(text)
      }
    }
    return comments
  }

  /// The hyperlinks' targets by reference; links inside the workbook read as "#location".
  func hyperlinks(_ root: MarkupElement, relationships: Relationships) -> [String: String] {
    var links: [String: String] = [:]
    let elements = root.child("hyperlinks", in: .spreadsheet)?.children(
      "hyperlink", in: .spreadsheet)
    for element in elements ?? [] {
      guard let reference = element.attribute("ref") else { continue }
      if let id = element.attribute("id", in: .relationships), let link = relationships[id] {
        let location = element.attribute("location").map { "#\($0)" } ?? ""
        links[reference] = link.target + location
      } else if let location = element.attribute("location") {
        links[reference] = "#\(location)"
      }
    }
    return links
  }
}

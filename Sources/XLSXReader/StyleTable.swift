/// The parts of `xl/styles.xml` the reader resolves for each cell: number format, boldness and
/// whether the cell is locked.
struct StyleTable: Sendable {
  /// What one cell format (`<xf>` of `cellXfs`) resolves to.
  struct CellStyle: Sendable, Equatable {
    var numberFormatID = 0
    var numberFormat = "General"
    var isBold = false
    var isLocked = true
  }

  private var styles: [CellStyle] = []

  /// The style of cell format `index`; the default style when the index is out of range.
  subscript(index: Int) -> CellStyle {
    styles.indices.contains(index) ? styles[index] : CellStyle()
  }

  /// Reads the styles part's root element; a workbook without one has only the default style.
  init(_ root: MarkupElement?) {
    guard let root else { return }
    var customFormats: [Int: String] = [:]
    for format in root.child("numFmts", in: .spreadsheet)?.children("numFmt", in: .spreadsheet)
      ?? []
    {
      if let id = format.integer("numFmtId"), let code = format.attribute("formatCode") {
        customFormats[id] = code
      }
    }
    let fonts = root.child("fonts", in: .spreadsheet)?.children("font", in: .spreadsheet) ?? []
    let boldFonts = fonts.map { font -> Bool in
      guard let bold = font.child("b", in: .spreadsheet) else { return false }
      return bold.flag("val") ?? true
    }
    let formats = root.child("cellXfs", in: .spreadsheet)?.children("xf", in: .spreadsheet) ?? []
    styles = formats.map { xf in
      let id = xf.integer("numFmtId") ?? 0
      let fontID = xf.integer("fontId") ?? 0
      return CellStyle(
        numberFormatID: id,
        numberFormat: customFormats[id] ?? BuiltInNumberFormat.code(for: id),
        isBold: boldFonts.indices.contains(fontID) ? boldFonts[fontID] : false,
        isLocked: xf.child("protection", in: .spreadsheet)?.flag("locked") ?? true)
    }
  }
}

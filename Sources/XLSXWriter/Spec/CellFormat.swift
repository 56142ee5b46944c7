/// How a cell looks: number format, font, fill, borders and alignment.
///
/// A `Hashable` value: the writer creates one libxlsxwriter format per distinct value and
/// reuses it for every cell that asks for an equal one.
package struct CellFormat: Hashable, Sendable {
  /// An Excel number format code such as `#,##0`, `0.00`, `0.0%` or `"Rp "#,##0`.
  package var numberFormat: String?
  /// Font name; `nil` keeps the workbook default (Calibri).
  package var fontName: String?
  /// Font size in points; `nil` keeps 11.
  package var fontSize: Double?
  /// Bold text.
  package var bold = false
  /// Italic text.
  package var italic = false
  /// Underlined text (single underline).
  package var underline = false
  /// Text colour.
  package var fontColor: Color?
  /// Solid background fill.
  package var fill: Color?
  /// The line drawn on every side of the cell.
  package var border: BorderStyle = .none
  /// The colour of the border lines.
  package var borderColor: Color?
  /// Horizontal alignment.
  package var horizontalAlignment: HorizontalAlignment = .general
  /// Vertical alignment.
  package var verticalAlignment: VerticalAlignment = .bottom
  /// Wrap long text over several lines.
  package var wrapsText = false
  /// Indentation level of the text.
  package var indent = 0
  /// Whether the cell is locked when its sheet is protected (Excel's default); data-entry
  /// cells of a protected sheet are unlocked.
  package var isLocked = true

  /// Creates a format; every property left out keeps Excel's default.
  package init(
    numberFormat: String? = nil, fontName: String? = nil, fontSize: Double? = nil,
    bold: Bool = false, italic: Bool = false, underline: Bool = false, fontColor: Color? = nil,
    fill: Color? = nil, border: BorderStyle = .none, borderColor: Color? = nil,
    horizontalAlignment: HorizontalAlignment = .general,
    verticalAlignment: VerticalAlignment = .bottom, wrapsText: Bool = false, indent: Int = 0,
    isLocked: Bool = true
  ) {
    self.numberFormat = numberFormat
    self.fontName = fontName
    self.fontSize = fontSize
    self.bold = bold
    self.italic = italic
    self.underline = underline
    self.fontColor = fontColor
    self.fill = fill
    self.border = border
    self.borderColor = borderColor
    self.horizontalAlignment = horizontalAlignment
    self.verticalAlignment = verticalAlignment
    self.wrapsText = wrapsText
    self.indent = indent
    self.isLocked = isLocked
  }

  /// Excel's default look: General number format, Calibri 11, no fill or border.
  package static let standard = CellFormat()

  /// Whether the format is Excel's default, which needs no format record.
  var isStandard: Bool { self == .standard }
}

/// A border line style.
package enum BorderStyle: Hashable, Sendable {
  /// No line.
  case none
  /// A thin line.
  case thin
  /// A medium line.
  case medium
  /// A thick line.
  case thick
  /// A dashed line.
  case dashed
  /// A dotted line.
  case dotted
  /// A double line.
  case double
  /// A hairline.
  case hair
}

/// Horizontal alignment of a cell's content.
package enum HorizontalAlignment: Hashable, Sendable {
  /// Excel's default: text left, numbers right.
  case general
  /// Left.
  case left
  /// Centred.
  case center
  /// Right.
  case right
  /// Centred across the selection of empty neighbours.
  case centerAcross
}

/// Vertical alignment of a cell's content.
package enum VerticalAlignment: Hashable, Sendable {
  /// Top.
  case top
  /// Middle.
  case center
  /// Bottom, Excel's default.
  case bottom
}

import CXLSXWriter

/// Copies a `CellFormat` into a libxlsxwriter format.
enum FormatTranslator {
  /// Sets every property of `format` on `target`.
  static func apply(_ format: CellFormat, to target: UnsafeMutablePointer<lxw_format>) {
    if let code = format.numberFormat { format_set_num_format(target, XMLText.cleaned(code)) }
    if let name = format.fontName { format_set_font_name(target, XMLText.cleaned(name)) }
    if let size = format.fontSize { format_set_font_size(target, size) }
    if format.bold { format_set_bold(target) }
    if format.italic { format_set_italic(target) }
    if format.underline { format_set_underline(target, byte(LXW_UNDERLINE_SINGLE)) }
    if let color = format.fontColor { format_set_font_color(target, color.rgb) }
    if let fill = format.fill {
      format_set_pattern(target, byte(LXW_PATTERN_SOLID))
      format_set_bg_color(target, fill.rgb)
    }
    if format.border != .none {
      format_set_border(target, borderCode(format.border))
      if let color = format.borderColor { format_set_border_color(target, color.rgb) }
    }
    if let horizontal = horizontalCode(format.horizontalAlignment) {
      format_set_align(target, horizontal)
    }
    if let vertical = verticalCode(format.verticalAlignment) { format_set_align(target, vertical) }
    if format.wrapsText { format_set_text_wrap(target) }
    if format.indent > 0 { format_set_indent(target, UInt8(clamping: format.indent)) }
    if !format.isLocked { format_set_unlocked(target) }
  }

  private static func borderCode(_ style: BorderStyle) -> UInt8 {
    switch style {
    case .none: return byte(LXW_BORDER_NONE)
    case .thin: return byte(LXW_BORDER_THIN)
    case .medium: return byte(LXW_BORDER_MEDIUM)
    case .thick: return byte(LXW_BORDER_THICK)
    case .dashed: return byte(LXW_BORDER_DASHED)
    case .dotted: return byte(LXW_BORDER_DOTTED)
    case .double: return byte(LXW_BORDER_DOUBLE)
    case .hair: return byte(LXW_BORDER_HAIR)
    }
  }

  private static func horizontalCode(_ alignment: HorizontalAlignment) -> UInt8? {
    switch alignment {
    case .general: return nil
    case .left: return byte(LXW_ALIGN_LEFT)
    case .center: return byte(LXW_ALIGN_CENTER)
    case .right: return byte(LXW_ALIGN_RIGHT)
    case .centerAcross: return byte(LXW_ALIGN_CENTER_ACROSS)
    }
  }

  private static func verticalCode(_ alignment: VerticalAlignment) -> UInt8? {
    switch alignment {
    case .bottom: return nil
    case .top: return byte(LXW_ALIGN_VERTICAL_TOP)
    case .center: return byte(LXW_ALIGN_VERTICAL_CENTER)
    }
  }
}

/// A libxlsxwriter enumeration constant as the `uint8_t` its functions take.
func byte<Code: RawRepresentable>(_ code: Code) -> UInt8 where Code.RawValue: BinaryInteger {
  UInt8(truncatingIfNeeded: code.rawValue)
}

/// A printed page header or footer with left, centre and right parts.
///
/// Parts are made of pieces: literal text (its `&` escaped, so data can never inject Excel's
/// header codes) and fields such as the page number.
package struct HeaderFooter: Hashable, Sendable {
  /// The left part.
  package var left: [Piece]
  /// The centre part.
  package var center: [Piece]
  /// The right part.
  package var right: [Piece]

  /// Creates a header or footer from its three parts.
  package init(left: [Piece] = [], center: [Piece] = [], right: [Piece] = []) {
    self.left = left
    self.center = center
    self.right = right
  }

  /// One piece of a part.
  package enum Piece: Hashable, Sendable {
    /// Literal text.
    case text(String)
    /// The current page number.
    case pageNumber
    /// The number of pages.
    case pageCount
    /// The sheet's name.
    case sheetName
  }

  /// The longest header or footer code Excel and libxlsxwriter take, in characters (Unicode
  /// scalars, as libxlsxwriter counts them), codes such as `&C` and `&&` included.
  package static let maximumCodeLength = 255

  /// The text in Excel's header code language (`&L...&C...&R...`), at most
  /// `maximumCodeLength` characters long.
  ///
  /// Literal text has its `&` doubled, so data can never be read as a header code. When the
  /// whole code would be longer than Excel allows, literal pieces are shortened rather than the
  /// sheet refused: the longest piece (the first of equally long ones) is cut to what fits and
  /// ends with "…", and so on until the code fits. The same pieces always give the same code.
  package var excelCode: String {
    var parts = [left, center, right]
    while true {
      let code = Self.code(of: parts)
      let excess = code.unicodeScalars.count - Self.maximumCodeLength
      guard excess > 0 else { return code }
      guard let (part, piece, length) = Self.longestText(in: parts), length > 1 else {
        // Only fields and one-character texts are left: nothing data-driven can be shortened.
        return code
      }
      guard case .text(let text) = parts[part][piece] else { return code }
      parts[part][piece] = .text(Self.shortened(text, toCodeLength: max(length - excess, 1)))
    }
  }

  private static func code(of parts: [[Piece]]) -> String {
    var code = ""
    for (marker, pieces) in zip(["&L", "&C", "&R"], parts) where !pieces.isEmpty {
      code += marker
      for piece in pieces {
        switch piece {
        case .text(let text): code += escaped(text)
        case .pageNumber: code += "&P"
        case .pageCount: code += "&N"
        case .sheetName: code += "&A"
        }
      }
    }
    return code
  }

  /// Where the literal text longest in code is (part, piece, code length), if any.
  private static func longestText(in parts: [[Piece]]) -> (Int, Int, Int)? {
    var best: (Int, Int, Int)?
    for (partIndex, pieces) in parts.enumerated() {
      for (pieceIndex, piece) in pieces.enumerated() {
        guard case .text(let text) = piece else { continue }
        let length = escaped(text).unicodeScalars.count
        if length > (best?.2 ?? 0) { best = (partIndex, pieceIndex, length) }
      }
    }
    return best
  }

  /// The longest start of `text` whose code, with the "…" appended, is at most `length`
  /// characters long (whole characters only, so no accent or `&&` pair is split).
  private static func shortened(_ text: String, toCodeLength length: Int) -> String {
    var kept = ""
    var used = 1
    for character in text {
      let cost = escaped(String(character)).unicodeScalars.count
      guard used + cost <= length else { break }
      kept.append(character)
      used += cost
    }
    return kept + "…"
  }

  /// `text` with every `&` doubled, which Excel shows as one literal `&`.
  private static func escaped(_ text: String) -> String {
    // By scalar, not by Character: an `&` followed by a combining mark is one Character that
    // is not equal to "&", and must still be doubled.
    guard text.unicodeScalars.contains("&") else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      result.append(scalar)
      if scalar == "&" { result.append(scalar) }
    }
    return String(result)
  }
}

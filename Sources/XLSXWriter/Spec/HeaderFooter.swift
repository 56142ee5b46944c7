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

  /// The text in Excel's header code language (`&L...&C...&R...`).
  package var excelCode: String {
    var code = ""
    for (marker, pieces) in [("&L", left), ("&C", center), ("&R", right)] where !pieces.isEmpty {
      code += marker
      for piece in pieces {
        switch piece {
        case .text(let text): code += text.replacingAmpersands()
        case .pageNumber: code += "&P"
        case .pageCount: code += "&N"
        case .sheetName: code += "&A"
        }
      }
    }
    return code
  }
}

extension String {
  fileprivate func replacingAmpersands() -> String {
    var result = ""
    for character in self {
      result.append(character)
      if character == "&" { result.append("&") }
    }
    return result
  }
}

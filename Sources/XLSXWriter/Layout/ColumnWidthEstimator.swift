import Foundation

/// Measures how wide a column must be to show its values, since libxlsxwriter 1.1.4 has no
/// autofit.
///
/// Widths are in Excel's unit, the width of one `0` in Calibri 11. Text counts one unit per
/// character (wide characters two), bold text 10 % more, plus one unit of padding. Numbers are
/// measured as their number format would show them: `#,##0` on 1234567 shows `1,234,567` (9
/// units), `0.0%` on 0.875 shows `87.5%` (5 units), `"Rp "#,##0` on 1500000 shows
/// `Rp 1,500,000` (12 units).
enum ColumnWidthEstimator {
  /// The width needed for every cell of `sheet`, by column, for the columns set to fit.
  static func fittedWidths(for sheet: SheetSpec) -> [Int: Double] {
    var bounds: [Int: (minimum: Double, maximum: Double)] = [:]
    for (column, spec) in sheet.columns {
      if case .fitContent(let minimum, let maximum) = spec.width {
        bounds[column] = (minimum, maximum)
      }
    }
    guard !bounds.isEmpty else { return [:] }
    let mergedCells = Set(sheet.mergedRanges.filter { $0.columnCount > 1 }.map(\.first))
    var widest: [Int: Double] = [:]
    var shapes: [String: NumberShape] = [:]
    for (reference, cell) in sheet.cells where bounds[reference.column] != nil {
      guard !mergedCells.contains(reference) else { continue }
      let width = self.width(of: cell, shapes: &shapes)
      widest[reference.column] = max(widest[reference.column] ?? 0, width)
    }
    var result: [Int: Double] = [:]
    for (column, limits) in bounds {
      let measured = widest[column] ?? 0
      result[column] = min(max(measured, limits.minimum), limits.maximum)
    }
    return result
  }

  /// The width one cell needs.
  ///
  /// `shapes` caches each number format's `NumberShape`, so that a column of numbers reads
  /// its format once rather than once a cell.
  static func width(of cell: SheetSpec.Cell, shapes: inout [String: NumberShape]) -> Double {
    let characters: Double
    if let text = cell.value.displayText {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      characters = lines.map { characterUnits($0) }.max() ?? 0
    } else if let number = cell.value.displayNumber {
      characters = Double(length(of: number, format: cell.format.numberFormat, shapes: &shapes))
    } else if case .date = cell.value {
      characters = Double(max(cell.format.numberFormat?.count ?? 10, 8))
    } else {
      characters = 0
    }
    let sizeFactor = (cell.format.fontSize ?? 11) / 11
    let boldFactor = cell.format.bold ? 1.1 : 1.0
    return (characters * sizeFactor * boldFactor + 1.5).rounded(.up)
  }

  /// Character units of `text`: East Asian wide characters count two.
  private static func characterUnits(_ text: Substring) -> Double {
    var units = 0.0
    for scalar in text.unicodeScalars {
      units += scalar.value >= 0x1100 && scalar.properties.isIdeographic ? 2 : 1
    }
    return units
  }

  /// How many characters `number` shows under the number format `format`.
  static func formattedLength(_ number: Double, format: String?) -> Int {
    var shapes: [String: NumberShape] = [:]
    return length(of: number, format: format, shapes: &shapes)
  }

  /// `formattedLength(_:format:)` with the format's shape taken from `shapes` when known.
  private static func length(
    of number: Double, format: String?, shapes: inout [String: NumberShape]
  ) -> Int {
    guard let format, !format.isEmpty, format != "General" else {
      return generalLength(number)
    }
    if let shape = shapes[format] { return shape.length(of: number) }
    let shape = NumberShape(format: format)
    shapes[format] = shape
    return shape.length(of: number)
  }

  /// Characters in quoted literals and escapes, and the pattern without them.
  private static func splitLiterals(_ section: String) -> (literal: Int, pattern: String) {
    var literal = 0
    var pattern = ""
    var inQuotes = false
    var escaped = false
    for character in section {
      if escaped {
        literal += 1
        escaped = false
      } else if character == "\"" {
        inQuotes.toggle()
      } else if inQuotes {
        literal += 1
      } else if character == "\\" {
        escaped = true
      } else {
        pattern.append(character)
      }
    }
    return (literal, pattern)
  }

  private static func decimalPlaces(in pattern: String) -> Int {
    guard let dot = pattern.firstIndex(of: ".") else { return 0 }
    return pattern[pattern.index(after: dot)...].prefix { $0 == "0" || $0 == "#" }.count
  }

  /// Excel's General format shows whole numbers without a decimal point and at most 11
  /// characters of anything else.
  private static func generalLength(_ number: Double) -> Int {
    let isWhole = number == number.rounded() && abs(number) < 1e15
    let text = isWhole ? String(Int64(number)) : number.description
    return min(text.count, 11)
  }
}

extension ColumnWidthEstimator {
  /// What the width of a number depends on in a number format, read from the format's first
  /// section once.
  struct NumberShape {
    /// Characters shown besides the digits: quoted text and escaped characters.
    var literal: Int
    /// Whether the format shows a percentage (the number times 100 and a `%`).
    var percent: Bool
    /// Decimal places shown.
    var decimals: Int
    /// Whether thousands are separated by commas.
    var grouped: Bool

    /// Reads the first section of `format`, a format other than `General`.
    init(format: String) {
      let section = String(format.split(separator: ";", maxSplits: 1).first ?? Substring(format))
      let (literal, pattern) = splitLiterals(section)
      self.literal = literal
      percent = pattern.contains("%")
      decimals = decimalPlaces(in: pattern)
      grouped = pattern.contains(",")
    }

    /// How many characters `number` shows under the format.
    func length(of number: Double) -> Int {
      let value = abs(percent ? number * 100 : number)
      // Counted without converting to an integer, which would trap beyond 9.2e18.
      var integerDigits = 1
      var whole = value.rounded(.towardZero)
      while whole >= 10, integerDigits < 309 {
        whole /= 10
        integerDigits += 1
      }
      let grouping = grouped ? (integerDigits - 1) / 3 : 0
      var length = integerDigits + grouping + (decimals > 0 ? decimals + 1 : 0)
      if number < 0 { length += 1 }
      if percent { length += 1 }
      return length + literal
    }
  }
}

extension SheetSpec {
  /// The width the writer gives each column with a `ColumnSpec`, in Excel's character units:
  /// fixed widths as set, fitted ones as measured from the cells written so far.
  ///
  /// A layout that must know the printed width (pages across, scale) reads it here and then
  /// fixes the widths, so that what it planned is what the file says.
  package func resolvedColumnWidths() -> [Int: Double] {
    let fitted = ColumnWidthEstimator.fittedWidths(for: self)
    return columns.mapValues { spec in
      switch spec.width {
      case .fixed(let width): return width
      case .fitContent(let minimum, _): return minimum
      }
    }.merging(fitted) { _, measured in measured }
  }
}

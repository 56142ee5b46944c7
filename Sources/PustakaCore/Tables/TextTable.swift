/// A table of typed cells with a header (*tabel*), rendered as CSV or JSON.
///
/// Numbers print at full precision in their shortest round-trip form (Swift's `description`:
/// `81.25`, `80.0`, `0.35`); missing values are empty in CSV and `null` in JSON.
package struct TextTable: Hashable, Sendable {
  /// One cell.
  package enum Cell: Hashable, Sendable {
    /// Text, quoted where CSV needs it.
    case text(String)
    /// A whole number.
    case integer(Int)
    /// A number, at full precision.
    case number(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// A missing value.
    case empty

    /// A number, or `empty` for `nil`.
    package static func number(_ value: Double?) -> Cell {
      value.map { .number($0) } ?? .empty
    }

    /// A whole number, or `empty` for `nil`.
    package static func integer(_ value: Int?) -> Cell {
      value.map { .integer($0) } ?? .empty
    }

    /// Text, or `empty` for `nil`.
    package static func text(_ value: String?) -> Cell {
      value.map { .text($0) } ?? .empty
    }

    /// The text written into CSV, before quoting.
    ///
    /// It is `plainText`, except that text from the data starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so a
    /// spreadsheet program opening the file shows it as text and never runs it as a formula
    /// (`=HYPERLINK("http://x")` is written `'=HYPERLINK("http://x")`). Numbers are never
    /// changed.
    package var csvText: String {
      guard case .text(let text) = self, let first = text.unicodeScalars.first,
        ["=", "+", "-", "@", "\t", "\r"].contains(first)
      else { return plainText }
      return "'" + text
    }

    /// The cell as plain text: shortest round-trip numbers, `true`/`false`, empty for missing.
    package var plainText: String {
      switch self {
      case .text(let text): return text
      case .integer(let value): return String(value)
      case .number(let value): return value.description
      case .boolean(let value): return value ? "true" : "false"
      case .empty: return ""
      }
    }
  }

  /// The column names.
  package var header: [String]
  /// The rows, each as long as `header`.
  package var rows: [[Cell]]

  /// Creates a table.
  package init(header: [String], rows: [[Cell]]) {
    self.header = header
    self.rows = rows
  }

  /// The table as CSV: header row, comma-separated, RFC 4180 quoting, `\n` line ends.
  package var csv: String {
    var lines = [header.map(Self.quoted).joined(separator: ",")]
    for row in rows {
      lines.append(row.map { Self.quoted($0.csvText) }.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The table as a JSON array of objects keyed by column name, one object per line.
  package var json: String {
    if rows.isEmpty { return "[]\n" }
    let objects = rows.map { row in
      "  {"
        + zip(header, row).map { Self.jsonString($0) + ": " + Self.jsonValue($1) }.joined(
          separator: ", ") + "}"
    }
    return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
  }

  /// `field` quoted for CSV when it holds a comma, a quote, a line break or edge spaces.
  ///
  /// Checked scalar by scalar, not character by character: `"\r\n"` is one `Character` in
  /// Swift, equal to neither `"\r"` nor `"\n"`, so a Windows line break inside a field would
  /// otherwise be written unquoted and split the row (RFC 4180, section 2.6).
  package static func quoted(_ field: String) -> String {
    let needsQuotes =
      field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
      || field.first == " " || field.last == " "
    guard needsQuotes else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  private static func jsonValue(_ cell: Cell) -> String {
    switch cell {
    case .text(let text): return jsonString(text)
    case .integer(let value): return String(value)
    case .number(let value): return value.isFinite ? value.description : "null"
    case .boolean(let value): return value ? "true" : "false"
    case .empty: return "null"
    }
  }

  private static func jsonString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}

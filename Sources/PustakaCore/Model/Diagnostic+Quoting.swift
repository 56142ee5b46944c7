extension Diagnostic {
  /// The most characters (Unicode scalars, as the data contract counts text) of a value that a
  /// message or a diagnostic's `value` shows.
  package static let excerptLength = 80

  /// `value` in double quotes, as every message quoting data shows it.
  ///
  /// A value longer than `excerptLength` characters shows its first `excerptLength`
  /// characters, an ellipsis and its length, so that a 10 MB cell cannot flood a terminal or a
  /// log: `"AAAA…" (33,000 characters)`. Shorter values are quoted whole: `"12a"`.
  /// - Parameter value: the value as read (trimmed by the caller where the contract trims).
  /// - Returns: the quoted text for a message.
  package static func quote(_ value: String) -> String {
    let length = value.unicodeScalars.count
    guard length > excerptLength else { return "\"\(value)\"" }
    return "\"\(excerpt(value))\" (\(grouped(length)) characters)"
  }

  /// `value` as a diagnostic's `value` field holds it: whole up to `excerptLength` characters,
  /// else its first `excerptLength` characters followed by `…`.
  package static func excerpt(_ value: String) -> String {
    var scalars = value.unicodeScalars.makeIterator()
    var kept = String.UnicodeScalarView()
    for _ in 0..<excerptLength {
      guard let scalar = scalars.next() else { return value }
      kept.append(scalar)
    }
    guard scalars.next() != nil else { return value }
    return String(kept) + "…"
  }

  /// `count` with thousands grouped by commas, as the messages write numbers: `33,000`.
  package static func grouped(_ count: Int) -> String {
    let digits = String(count.magnitude)
    var text = ""
    for (position, digit) in digits.enumerated() {
      if position > 0, (digits.count - position) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return count < 0 ? "-" + text : text
  }
}

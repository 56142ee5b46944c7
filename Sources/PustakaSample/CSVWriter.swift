import PustakaCore

/// CSV text being written field by field and line by line in a sample dialect, as UTF-8 bytes.
///
/// Text is quoted only when it must be (RFC 4180: a delimiter, quote, line break, or spaces
/// at either end); numbers, dates and months are written in the dialect's own forms.
struct CSVWriter {
  /// The dialect of the text.
  let dialect: SampleCSVDialect
  /// The bytes written so far.
  var bytes: [UInt8]
  private var isLineEmpty = true

  /// Starts writing after `bytes`.
  init(dialect: SampleCSVDialect, bytes: [UInt8] = []) {
    self.dialect = dialect
    self.bytes = bytes
  }

  /// Ends the current line.
  mutating func endLine() {
    bytes += dialect.lineEnd
    isLineEmpty = true
  }

  /// Adds a text field, quoted where needed.
  mutating func text(_ value: String) {
    separate()
    let utf8 = value.utf8
    let needsQuotes =
      utf8.contains { $0 == dialect.delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
      || utf8.first == 0x20 || utf8.last == 0x20
    guard needsQuotes else {
      bytes += utf8
      return
    }
    bytes.append(0x22)
    for byte in utf8 {
      if byte == 0x22 { bytes.append(0x22) }
      bytes.append(byte)
    }
    bytes.append(0x22)
  }

  /// Adds a whole number, or an empty field for `nil`.
  mutating func integer(_ value: Int?) {
    separate()
    if let value { appendDigits(value) }
  }

  /// Adds a number with up to two decimals (`1.5`, or `1,5` with semicolons), empty for `nil`.
  mutating func decimal(_ value: Double?) {
    separate()
    guard let value else { return }
    let hundredths = Int((value * 100).rounded())
    appendDigits(hundredths / 100)
    var fraction = hundredths % 100
    guard fraction != 0 else { return }
    bytes.append(dialect == .comma ? UInt8(ascii: ".") : UInt8(ascii: ","))
    bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
    fraction %= 10
    if fraction != 0 { bytes.append(UInt8(ascii: "0") + UInt8(fraction)) }
  }

  /// Adds an amount of money: `1500000` or `987654.5`, or `Rp 1.500.000` and
  /// `Rp 987.654,5` with semicolons.
  mutating func money(_ value: Rupiah) {
    separate()
    let text = value.description
    guard dialect == .semicolon else {
      bytes += text.utf8
      return
    }
    let parts = text.split(separator: ".", maxSplits: 1)
    bytes += "Rp ".utf8
    let digits = Array((parts.first ?? "0").utf8)
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { bytes.append(UInt8(ascii: ".")) }
      bytes.append(digit)
    }
    if parts.count == 2 {
      bytes.append(UInt8(ascii: ","))
      bytes += parts[1].utf8
    }
  }

  /// Adds a date: `2026-10-05`, or `05/10/2026` with semicolons; empty for `nil`.
  mutating func date(_ value: CalendarDate?) {
    separate()
    guard let value else { return }
    if dialect == .comma {
      appendPadded(value.year, width: 4)
      bytes.append(UInt8(ascii: "-"))
      appendPadded(value.month, width: 2)
      bytes.append(UInt8(ascii: "-"))
      appendPadded(value.day, width: 2)
    } else {
      appendPadded(value.day, width: 2)
      bytes.append(UInt8(ascii: "/"))
      appendPadded(value.month, width: 2)
      bytes.append(UInt8(ascii: "/"))
      appendPadded(value.year, width: 4)
    }
  }

  /// Adds a month: `2026-10`, or `Oktober 2026` with semicolons.
  mutating func month(_ value: Month) {
    separate()
    if dialect == .comma {
      appendPadded(value.year, width: 4)
      bytes.append(UInt8(ascii: "-"))
      appendPadded(value.month, width: 2)
    } else {
      bytes += SampleCSVDialect.indonesianMonths[value.month - 1].utf8
      bytes.append(UInt8(ascii: " "))
      appendDigits(value.year)
    }
  }

  private mutating func separate() {
    if isLineEmpty {
      isLineEmpty = false
    } else {
      bytes.append(dialect.delimiter)
    }
  }

  private mutating func appendDigits(_ value: Int) {
    precondition(value >= 0, "sample values are never negative")
    if value >= 10 { appendDigits(value / 10) }
    bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
  }

  private mutating func appendPadded(_ value: Int, width: Int) {
    var digits = 1
    var rest = value / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    for _ in digits..<max(digits, width) { bytes.append(UInt8(ascii: "0")) }
    appendDigits(value)
  }
}

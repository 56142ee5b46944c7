/// Parses numbers and rupiah amounts from the bytes of a cell, per the data contract's rules.
enum NumberParser {
  /// Why text is not a number.
  enum Failure: Error, Equatable {
    /// The cell is empty.
    case empty
    /// The text is not a number in the file's style.
    case invalid
  }

  private static let dot = UInt8(ascii: ".")
  private static let comma = UInt8(ascii: ",")
  private static let minus = UInt8(ascii: "-")
  private static let plus = UInt8(ascii: "+")

  /// Parses trimmed `text` as a number written in `style`.
  ///
  /// Accepts an optional leading `-` (reported by the caller as negative) or `+` (data
  /// contract v1.2: `+5` is 5), ASCII digits and the separators the style allows; rejects a
  /// second sign, exponents, `NaN`, infinities and other digits.
  static func parse(_ text: ArraySlice<UInt8>, style: NumberStyle) -> Result<
    ParsedNumber, Failure
  > {
    guard !text.isEmpty else { return .failure(.empty) }
    var body = text
    let isNegative = body.first == minus
    if isNegative || body.first == plus { body = body.dropFirst() }
    guard !body.isEmpty else { return .failure(.invalid) }
    // Plain digits, most cells of a data set, have no separators to weigh; 18 digits always
    // fit in 64 bits.
    if body.count <= 18, body.allSatisfy(ByteText.isDigit), let integerPart = digitsValue(body) {
      return .success(
        ParsedNumber(
          isNegative: isNegative, integerPart: integerPart, fraction: 0, fractionScale: 0))
    }
    var dots = 0
    var commas = 0
    var lastDot = -1
    var lastComma = -1
    for index in body.indices {
      let byte = body[index]
      if byte == dot {
        dots += 1
        lastDot = index
      } else if byte == comma {
        commas += 1
        lastComma = index
      } else if !ByteText.isDigit(byte) {
        return .failure(.invalid)
      }
    }
    let decimalAt: Int?
    let grouping: UInt8?
    switch style {
    case .international:
      guard dots <= 1 else { return .failure(.invalid) }
      decimalAt = dots == 1 ? lastDot : nil
      grouping = commas > 0 ? comma : nil
    case .localised:
      if dots > 0, commas > 0 {
        let decimal = lastDot > lastComma ? dot : comma
        guard (decimal == dot ? dots : commas) == 1 else { return .failure(.invalid) }
        decimalAt = max(lastDot, lastComma)
        grouping = decimal == dot ? comma : dot
      } else if commas > 0 {
        guard commas == 1 else { return .failure(.invalid) }
        decimalAt = lastComma
        grouping = nil
      } else if dots > 0 {
        if isGroupedInteger(body, separator: dot) {
          decimalAt = nil
          grouping = dot
        } else {
          guard dots == 1 else { return .failure(.invalid) }
          decimalAt = lastDot
          grouping = nil
        }
      } else {
        decimalAt = nil
        grouping = nil
      }
    }
    let integerText = decimalAt.map { body[body.startIndex..<$0] } ?? body
    let fractionText = decimalAt.map { body[($0 + 1)...] } ?? []
    if decimalAt != nil, fractionText.isEmpty { return .failure(.invalid) }
    guard !fractionText.contains(where: { !ByteText.isDigit($0) }) else {
      return .failure(.invalid)
    }
    if let grouping, integerText.contains(grouping) {
      guard isGroupedInteger(integerText, separator: grouping) else { return .failure(.invalid) }
    } else if integerText.isEmpty || integerText.contains(where: { !ByteText.isDigit($0) }) {
      return .failure(.invalid)
    }
    guard let integerPart = digitsValue(integerText),
      let (fraction, scale) = fractionValue(fractionText)
    else { return .failure(.invalid) }
    return .success(
      ParsedNumber(
        isNegative: isNegative, integerPart: integerPart, fraction: fraction,
        fractionScale: scale))
  }

  /// Parses trimmed `text` as a rupiah amount: an optional `Rp`, `Rp.` or `IDR` prefix in any
  /// case and spaces anywhere are ignored, one sign may stand before or after the prefix, the
  /// rest is a number in `style`.
  static func parseMoney(_ text: ArraySlice<UInt8>, style: NumberStyle) -> Result<
    ParsedNumber, Failure
  > {
    var compact: [UInt8] = []
    compact.reserveCapacity(text.count)
    var index = text.startIndex
    while index < text.endIndex {
      let byte = text[index]
      if byte == 0x20 || byte == 0x09 {
        index += 1
      } else if byte == 0xC2, index + 1 < text.endIndex, text[index + 1] == 0xA0 {
        index += 2
      } else {
        compact.append(byte)
        index += 1
      }
    }
    guard !compact.isEmpty else { return .failure(.empty) }
    var body = compact[...]
    var isNegative = false
    var isSigned = false
    if body.first == minus || body.first == plus {
      isNegative = body.first == minus
      isSigned = true
      body = body.dropFirst()
    }
    let lowered = ByteText.asciiLowercased(body.prefix(3))
    if lowered.starts(with: Array("idr".utf8)) {
      body = body.dropFirst(3)
    } else if lowered.starts(with: Array("rp.".utf8)) {
      body = body.dropFirst(3)
    } else if lowered.starts(with: Array("rp".utf8)) {
      body = body.dropFirst(2)
    }
    if !isSigned, body.first == minus || body.first == plus {
      isNegative = body.first == minus
      body = body.dropFirst()
    }
    guard !body.isEmpty, body.first != minus, body.first != plus else {
      return .failure(.invalid)
    }
    return parse(body, style: style).map { number in
      var signed = number
      signed.isNegative = isNegative
      return signed
    }
  }

  /// Whether `text` is a grouped integer part: a first group of one to three digits without a
  /// leading zero, then one or more groups of exactly three digits, each after `separator`.
  static func isGroupedInteger(_ text: ArraySlice<UInt8>, separator: UInt8) -> Bool {
    var groupLength = 0
    var groups = 0
    for byte in text {
      if byte == separator {
        let firstGroupOK = groups > 0 || (1...3).contains(groupLength)
        guard firstGroupOK, groups == 0 || groupLength == 3 else { return false }
        groups += 1
        groupLength = 0
      } else if ByteText.isDigit(byte) {
        if groups == 0, groupLength == 0, byte == UInt8(ascii: "0") { return false }
        groupLength += 1
      } else {
        return false
      }
    }
    return groups > 0 && groupLength == 3
  }

  private static func digitsValue(_ text: ArraySlice<UInt8>) -> UInt64? {
    var value: UInt64 = 0
    for byte in text where ByteText.isDigit(byte) {
      let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = shifted.addingReportingOverflow(UInt64(byte - 0x30))
      guard !overflow1, !overflow2 else { return nil }
      value = sum
    }
    return value
  }

  private static func fractionValue(_ text: ArraySlice<UInt8>) -> (UInt64, Int)? {
    var end = text.endIndex
    while end > text.startIndex, text[end - 1] == UInt8(ascii: "0") { end -= 1 }
    let significant = text[text.startIndex..<end]
    guard significant.count <= 18, let value = digitsValue(significant) else { return nil }
    return (value, significant.count)
  }
}

import PustakaCore

/// Reads the typed values of one raw row, collecting a diagnostic for every bad cell.
///
/// Each accessor returns `nil` for an empty cell, an absent column or a bad value; a bad value
/// (and an empty required cell) adds a reason, and a row with any reason is rejected.
struct FieldReader {
  /// The row being read.
  let row: RawRow
  /// The unit the row comes from.
  let unit: SourceUnit
  /// The table's columns.
  let schema: TableSchema
  /// Where the columns sit in the file.
  let header: HeaderMap
  /// How numbers in text cells are written.
  let style: NumberStyle
  /// Why the row is rejected, so far.
  var reasons: [Diagnostic] = []
  /// The row's library id, when it could be read (kept for rejected rows too).
  var libraryID: LibraryID?
  /// The library id of the unit's previous row, reused when this row's id has the same bytes:
  /// rows of one library follow each other, and building the id again costs more than
  /// comparing it.
  var previousID: LibraryID?

  // MARK: - Typed access

  /// An id column.
  mutating func id(_ column: Int) -> LibraryID? {
    if let previous = previousID, let index = header.indices[column], case .text = row.cells[index],
      Self.sameBytes(row.trimmedText(index), previous.rawValue)
    {
      return previous
    }
    return text(column).map { LibraryID($0) }
  }

  /// Whether `bytes` are the UTF-8 of `text`, compared as contiguous buffers, byte by byte
  /// (`elementsEqual` goes through iterators, several times slower on such short ids).
  private static func sameBytes(_ bytes: ArraySlice<UInt8>, _ text: String) -> Bool {
    var text = text
    return text.withUTF8 { utf8 in
      bytes.withUnsafeBufferPointer { buffer in
        guard buffer.count == utf8.count else { return false }
        for offset in 0..<buffer.count where buffer[offset] != utf8[offset] { return false }
        return true
      }
    }
  }

  /// A text column, trimmed; longer than `ContractLimits.textLength` characters is an error.
  mutating func text(_ column: Int) -> String? {
    guard let index = present(column) else { return nil }
    let text = row.displayText(index)
    // A text has no more characters than UTF-8 bytes: most cells pass without counting
    // grapheme clusters.
    guard text.utf8.count <= ContractLimits.textLength || text.count <= ContractLimits.textLength
    else {
      return fail(
        column, index, "tooLong", "is longer than \(ContractLimits.textLength) characters")
    }
    return text
  }

  /// A whole-number column (0 to `ContractLimits.wholeNumber`); a zero fraction is accepted.
  mutating func wholeNumber(_ column: Int) -> Int? {
    guard let value = anyWholeNumber(column) else { return nil }
    guard value > ContractLimits.wholeNumber, let index = present(column) else { return value }
    return fail(column, index, "tooLarge", "is more than 1,000,000,000")
  }

  /// A whole number >= 0 of any size.
  private mutating func anyWholeNumber(_ column: Int) -> Int? {
    guard let index = present(column) else { return nil }
    // 18 digits always fit an `Int`.
    if let value = row.plainDigits(index, atMost: 18) { return Int(value) }
    switch row.cells[index] {
    case .number(let value, _):
      guard value >= 0 else { return fail(column, index, "negative", "is negative") }
      guard value == value.rounded(), value < 1e15 else {
        return fail(column, index, "notWholeNumber", "is not a whole number")
      }
      return Int(value)
    case .text, .boolean:
      guard case .success(let number) = NumberParser.parse(row.trimmedText(index), style: style),
        number.isWhole, let value = number.wholeValue
      else { return fail(column, index, "notWholeNumber", "is not a whole number") }
      guard !number.isBelowZero else { return fail(column, index, "negative", "is negative") }
      return value
    }
  }

  /// A number column (>= 0).
  mutating func number(_ column: Int) -> Double? {
    guard let index = present(column) else { return nil }
    switch row.cells[index] {
    case .number(let value, _):
      guard value.isFinite else { return fail(column, index, "notNumber", "is not a number") }
      guard value >= 0 else { return fail(column, index, "negative", "is negative") }
      return value
    case .text, .boolean:
      guard case .success(let number) = NumberParser.parse(row.trimmedText(index), style: style)
      else { return fail(column, index, "notNumber", "is not a number") }
      guard !number.isBelowZero else { return fail(column, index, "negative", "is negative") }
      return number.isNegative ? 0 : number.doubleValue
    }
  }

  /// A rupiah column (an amount >= 0, whole or with a fraction, up to `ContractLimits.rupiah`).
  mutating func money(_ column: Int) -> Rupiah? {
    guard let amount = anyMoney(column) else { return nil }
    guard amount > Rupiah(ContractLimits.rupiah), let index = present(column) else { return amount }
    return fail(column, index, "tooLarge", "is more than Rp 1,000,000,000,000")
  }

  /// A rupiah amount >= 0 of any size that fits `Rupiah`, with its fraction (data contract
  /// v1.2: `idr` is a number >= 0).
  private mutating func anyMoney(_ column: Int) -> Rupiah? {
    guard let index = present(column) else { return nil }
    // 14 digits of rupiah, at most 10^14 - 1, always fit `Rupiah.units`.
    if let value = row.plainDigits(index, atMost: 14) { return Rupiah(Int64(value)) }
    switch row.cells[index] {
    case .number(let value, _):
      guard value.isFinite else { return fail(column, index, "notMoney", "is not a rupiah amount") }
      guard value >= 0 else { return fail(column, index, "negative", "is negative") }
      // Half to even, as text amounts are rounded (`ParsedNumber.rupiahUnits`).
      let units = (value * Double(Rupiah.unitsPerRupiah)).rounded(.toNearestOrEven)
      guard units < 9e18 else {
        return fail(column, index, "tooLarge", "is more than Rp 1,000,000,000,000")
      }
      return Rupiah(units: Int64(units))
    case .text, .boolean:
      guard
        case .success(let number) = NumberParser.parseMoney(row.trimmedText(index), style: style)
      else { return fail(column, index, "notMoney", "is not a rupiah amount") }
      guard !number.isBelowZero else { return fail(column, index, "negative", "is negative") }
      guard let units = number.rupiahUnits else {
        return fail(column, index, "tooLarge", "is more than Rp 1,000,000,000,000")
      }
      return Rupiah(units: units)
    }
  }

  /// A date column, refused outside `CalendarDate.supportedYears`.
  mutating func date(_ column: Int) -> CalendarDate? {
    guard let date = anyDate(column) else { return nil }
    guard CalendarDate.supportedYears.contains(date.year) else {
      return failYear(column)
    }
    return date
  }

  /// A month column, refused outside `CalendarDate.supportedYears`.
  mutating func month(_ column: Int) -> Month? {
    guard let month = anyMonth(column) else { return nil }
    guard CalendarDate.supportedYears.contains(month.year) else {
      return failYear(column)
    }
    return month
  }

  private mutating func failYear<Value>(_ column: Int) -> Value? {
    let years = CalendarDate.supportedYears
    guard let index = present(column) else { return nil }
    return fail(
      column, index, "yearOutOfRange",
      "is outside the years \(years.lowerBound) to \(years.upperBound)")
  }

  /// A date in any year; in a workbook, a numeric cell is an Excel serial day.
  private mutating func anyDate(_ column: Int) -> CalendarDate? {
    guard let index = present(column) else { return nil }
    switch row.cells[index] {
    case .number(let serial, _):
      guard let date = CalendarParser.date(excelSerial: serial) else {
        return fail(column, index, "notDate", "is not a date serial number Excel can show")
      }
      return date
    case .text, .boolean:
      switch CalendarParser.parseDate(row.trimmedText(index)) {
      case .success(let date): return date
      case .failure(.notInCalendar):
        return fail(column, index, "notInCalendar", "is not a real calendar date")
      case .failure:
        return fail(
          column, index, "notDate", "is not a date; expected YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY")
      }
    }
  }

  /// A month in any year; in a workbook, a numeric cell is an Excel serial day giving its
  /// month.
  private mutating func anyMonth(_ column: Int) -> Month? {
    guard let index = present(column) else { return nil }
    switch row.cells[index] {
    case .number(let serial, _):
      guard let date = CalendarParser.date(excelSerial: serial) else {
        return fail(column, index, "notMonth", "is not a date serial number Excel can show")
      }
      return date.calendarMonth
    case .text, .boolean:
      switch CalendarParser.parseMonth(row.trimmedText(index)) {
      case .success(let month): return month
      case .failure(.notInCalendar):
        return fail(column, index, "notInCalendar", "is not a real calendar month")
      case .failure:
        return fail(
          column, index, "notMonth",
          "is not a month; expected YYYY-MM, MM/YYYY or a month name and year such as Oktober 2026"
        )
      }
    }
  }

  /// A yes/no column.
  mutating func boolean(_ column: Int) -> Bool? {
    guard let index = present(column) else { return nil }
    let parsed: Bool?
    switch row.cells[index] {
    case .boolean(let value): parsed = value
    case .number(let value, _): parsed = value == 1 ? true : value == 0 ? false : nil
    case .text: parsed = BooleanParser.parse(row.trimmedText(index))
    }
    guard let parsed else {
      return fail(
        column, index, "notBoolean",
        "is not a yes/no value; expected 1/0, true/false, ya/tidak, y/n or yes/no")
    }
    return parsed
  }

  /// An enumerated column; a value folding to nothing (`-`) is empty.
  mutating func enumeration<Value>(_ column: Int, _ lookup: EnumerationLookup<Value>) -> Value? {
    guard let index = present(column) else { return nil }
    let match: EnumerationLookup<Value>.Match
    if case .text = row.cells[index] {
      match = lookup.match(row.trimmedText(index))
    } else {
      match = lookup.match(Array(row.displayText(index).utf8)[...])
    }
    switch match {
    case .value(let value): return value
    case .empty:
      missing(column, index)
      return nil
    case .unknown:
      return fail(column, index, "unknownValue", "is not one of \(Value.expectedList)")
    }
  }

  // MARK: - Reasons

  /// Adds a row-level reason about `column` (such as `copies < titles`).
  mutating func reject(_ column: Int, code: String, message: String) {
    let index = header.indices[column]
    reasons.append(
      unit.diagnostic(
        .error, "\(schema.table.rawValue).\(code)", line: row.line, column: index.map { $0 + 1 },
        field: schema.columns[column].name, value: index.map { row.displayText($0) },
        message: message))
  }

  /// The quoted value of `column` for messages: `visitors "12"`.
  func quoted(_ column: Int) -> String {
    let value = header.indices[column].map { row.displayText($0) } ?? ""
    return "\(schema.columns[column].name) \(Diagnostic.quote(value))"
  }

  /// The cell index of `column` when it holds a value; records a reason for an empty required
  /// cell.
  private mutating func present(_ column: Int) -> Int? {
    guard let index = header.indices[column] else { return nil }
    if row.isEmpty(index) {
      missing(column, index)
      return nil
    }
    return index
  }

  private mutating func missing(_ column: Int, _ index: Int) {
    let spec = schema.columns[column]
    guard spec.isRequired else { return }
    reasons.append(
      unit.diagnostic(
        .error, "\(schema.table.rawValue).\(spec.name).missing", line: row.line,
        column: index + 1, field: spec.name, value: "",
        message: "\(spec.name) is empty; expected \(spec.expectation)"))
  }

  private mutating func fail<T>(_ column: Int, _ index: Int, _ code: String, _ what: String) -> T? {
    let spec = schema.columns[column]
    let value = row.displayText(index)
    reasons.append(
      unit.diagnostic(
        .error, "\(schema.table.rawValue).\(spec.name).\(code)", line: row.line,
        column: index + 1, field: spec.name, value: value,
        message: "\(spec.name) \(Diagnostic.quote(value)) \(what)"))
    return nil
  }
}

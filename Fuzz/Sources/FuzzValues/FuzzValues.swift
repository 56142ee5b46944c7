import Foundation
import FuzzSupport
import PustakaCore

@testable import PustakaIngest

/// libFuzzer's entry: the input is the text of one cell.
///
/// The number, money, date, month and yes/no parsers each either succeed or return their
/// failure; besides "no crash" the harness checks:
/// - a number parsed in the international style from plain digits, `-` and one `.` has the
///   value Swift's own `Double(_:)` gives that text;
/// - a parsed number's value is never NaN, and `-0` is never below zero;
/// - a parsed date or month, written in its stable form, parses back to itself;
/// - an Excel serial day number (the first 8 bytes as a `Double`) gives nil or a date that
///   maps back to the same day.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzValues(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  ValueFuzzing.check(bytes[...])
  ValueFuzzing.check(ByteText.trimmed(bytes[...]))
  ValueFuzzing.checkSerial(bytes)
  return 0
}

/// The checks, kept apart from the C entry point.
enum ValueFuzzing {
  static func check(_ text: ArraySlice<UInt8>) {
    for style in [NumberStyle.international, .localised] {
      for result in [
        NumberParser.parse(text, style: style), NumberParser.parseMoney(text, style: style),
      ] {
        guard case .success(let number) = result else { continue }
        let value = number.doubleValue
        expect(!value.isNaN, "'\(show(text))' parsed to NaN")
        if number.integerPart == 0, number.fraction == 0 {
          expect(!number.isBelowZero, "'\(show(text))' is zero but below zero")
        }
        _ = number.wholeValue
      }
    }
    if case .success(let number) = NumberParser.parse(text, style: .international),
      isPlainDecimal(text), let expected = Double(String(decoding: text, as: UTF8.self))
    {
      expect(
        number.doubleValue == expected,
        "'\(show(text))' parsed to \(number.doubleValue), Double(_:) gives \(expected)")
    }
    if case .success(let date) = CalendarParser.parseDate(text) {
      let again = CalendarParser.parseDate(Array(date.description.utf8)[...])
      expect(again == .success(date), "date \(date) from '\(show(text))' does not re-parse")
    }
    if case .success(let month) = CalendarParser.parseMonth(text) {
      let again = CalendarParser.parseMonth(Array(month.description.utf8)[...])
      expect(
        again == .success(month), "month \(month) from '\(show(text))' does not re-parse")
    }
    _ = BooleanParser.parse(text)
  }

  static func checkSerial(_ bytes: [UInt8]) {
    guard bytes.count >= 8 else { return }
    var pattern: UInt64 = 0
    for byte in bytes.prefix(8) { pattern = pattern << 8 | UInt64(byte) }
    let serial = Double(bitPattern: pattern)
    guard let date = CalendarParser.date(excelSerial: serial) else { return }
    let day = Int(serial.rounded(.down))
    let back = date.daysSinceEpoch + (day < 60 ? 25_568 : 25_569)
    expect(back == day, "serial \(serial) gave \(date), which is serial \(back)")
  }

  /// Whether `text` is `-`? digits, optionally `.` and digits: what `Double(_:)` reads alike.
  private static func isPlainDecimal(_ text: ArraySlice<UInt8>) -> Bool {
    var body = text
    if body.first == UInt8(ascii: "-") { body = body.dropFirst() }
    let dots = body.filter { $0 == UInt8(ascii: ".") }.count
    return !body.isEmpty && dots <= 1
      && body.allSatisfy { ByteText.isDigit($0) || $0 == UInt8(ascii: ".") }
  }

  private static func show(_ text: ArraySlice<UInt8>) -> String {
    String(decoding: text.prefix(80), as: UTF8.self)
  }
}

/// Converts the ISO 8601 dates of `t="d"` cells into the serial numbers other cells hold.
enum SerialDate {
  /// The serial number of "2024-05-01" or "2024-05-01T12:00:00" (a trailing "Z" or fraction of
  /// a second is accepted); nil for anything else.
  ///
  /// Serial 1 is 1900-01-01 in the 1900 system (counting Excel's phantom 1900-02-29, so dates
  /// from 1900-03-01 on are days since 1899-12-30), and 1904-01-02 in the 1904 system.
  static func serial(iso8601 text: String, date1904: Bool) -> Double? {
    let parts = text.split(separator: "T", maxSplits: 1)
    guard let datePart = parts.first else { return nil }
    let dateFields = datePart.split(separator: "-").compactMap { Int($0) }
    guard dateFields.count == 3, (1...12).contains(dateFields[1]), (1...31).contains(dateFields[2])
    else { return nil }
    var seconds = 0.0
    if parts.count == 2 {
      let time = parts[1].hasSuffix("Z") ? parts[1].dropLast() : parts[1]
      let timeFields = time.split(separator: ":").compactMap { Double($0) }
      guard timeFields.count == 3 || timeFields.count == 2 else { return nil }
      seconds =
        timeFields[0] * 3600 + timeFields[1] * 60 + (timeFields.count == 3 ? timeFields[2] : 0)
    }
    let days = daysFromCivil(year: dateFields[0], month: dateFields[1], day: dateFields[2])
    let epoch =
      date1904
      ? daysFromCivil(year: 1904, month: 1, day: 1) : daysFromCivil(year: 1899, month: 12, day: 30)
    var serial = Double(days - epoch)
    if !date1904, serial < 61 {
      serial -= 1
    }
    return serial + seconds / 86_400
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}

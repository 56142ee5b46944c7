extension CalendarDate {
  /// The years the tool works with: dates and months outside them are refused.
  ///
  /// A village library's records start well after 1900, and a year such as 9999 is a
  /// placeholder for "no date" in exported spreadsheets, never a real day. Keeping years in this
  /// window also keeps every period arithmetic (the previous period, the 24 months of a
  /// year-over-year series, the end of a period) inside the calendar.
  package static let supportedYears = 1900...2999
}

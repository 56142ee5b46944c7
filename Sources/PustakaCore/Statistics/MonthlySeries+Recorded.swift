extension MonthlyPoint {
  /// Whether anything was recorded in the month: an attendance row, an activity, or a budget
  /// line with money allocated or spent.
  ///
  /// A month before a group's first submission is all zeros and has no data; so is a month in
  /// which every library stayed silent.
  package var hasData: Bool {
    reporting > 0 || activities > 0 || allocated != .zero || spent != .zero
  }
}

extension MonthlySeries {
  /// The position in `months` of the first month with data, or `nil` when none of the 12 has
  /// any.
  ///
  /// Example: data starting in 2026-03, with the series ending 2026-10, gives 4 (2025-11 is
  /// position 0). Trend tables start there, so a data set shorter than a year shows only the
  /// months it covers.
  package var firstRecordedIndex: Int? {
    months.firstIndex(where: \.hasData)
  }

  /// The months from the first with data to the period's last month, oldest first; empty when
  /// none has data.
  ///
  /// Months without data after the first one stay in (a gap in reporting is a finding).
  package var recordedMonths: ArraySlice<MonthlyPoint> {
    guard let first = firstRecordedIndex else { return [] }
    return months[first...]
  }
}

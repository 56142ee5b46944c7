extension UsageFigures {
  /// Activity participants per 1,000 people a month: participants / population x 1000 / m.
  ///
  /// The group form of the `participants_per_1000` indicator, a ratio of sums (never a mean of
  /// library ratios). Unit: people per 1,000 people per month. Example: 120 participants in a
  /// quarter in villages of 8,000 people give 120 / 8000 x 1000 / 3 = 5. `nil` when the
  /// population is 0.
  package var participantsPer1000: Double? {
    guard population > 0 else { return nil }
    return Double(activities.participants) * 1000 / Double(period.monthCount) / Double(population)
  }
}

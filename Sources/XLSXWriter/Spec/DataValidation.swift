/// A data-entry rule on a range, with the messages Excel shows.
package struct DataValidation: Hashable, Sendable {
  /// The cells the rule applies to.
  package var range: CellRange
  /// What values are allowed.
  package var rule: Rule
  /// Title and text of the hint shown when a cell is selected.
  package var inputMessage: Message?
  /// Title and text of the alert shown when a value breaks the rule.
  package var errorMessage: Message?
  /// Whether an empty cell is allowed.
  package var allowsBlank = true

  /// Creates a rule over `range`.
  package init(
    range: CellRange, rule: Rule, inputMessage: Message? = nil, errorMessage: Message? = nil,
    allowsBlank: Bool = true
  ) {
    self.range = range
    self.rule = rule
    self.inputMessage = inputMessage
    self.errorMessage = errorMessage
    self.allowsBlank = allowsBlank
  }

  /// The values a rule allows.
  package enum Rule: Hashable, Sendable {
    /// One of the listed texts, offered in a drop-down (at most 255 characters in all).
    case list([String])
    /// A whole number compared as given.
    case wholeNumber(CellComparison)
    /// A decimal number compared as given.
    case decimal(CellComparison)
    /// A date between the two dates, both included.
    case dateBetween(ValidationDate, ValidationDate)
    /// Text whose length, in characters, compares as given.
    case textLength(CellComparison)
    /// A value for which the formula is true, written for the range's first cell
    /// (`=C2<=B2`); Excel moves its relative references along the range.
    case custom(formula: String)
  }

  /// A title (at most 32 characters) and text (at most 255) shown by Excel.
  package struct Message: Hashable, Sendable {
    /// The title.
    package var title: String
    /// The text.
    package var text: String

    /// Creates a message.
    package init(title: String, text: String) {
      self.title = title
      self.text = text
    }
  }
}

/// A calendar date used as a bound of a date rule.
package struct ValidationDate: Hashable, Sendable {
  /// The year.
  package var year: Int
  /// The month, 1 to 12.
  package var month: Int
  /// The day of the month.
  package var day: Int

  /// Creates a date.
  package init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }
}

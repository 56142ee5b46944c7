/// A conditional format: the ranges it covers and its rules.
package struct XLSXConditionalFormat: Sendable, Equatable {
  /// One rule (`<cfRule>`).
  package struct Rule: Sendable, Equatable {
    /// The rule type as written: "colorScale", "dataBar", "iconSet", "cellIs", "expression",
    /// "top10", "containsText", "duplicateValues".
    package var type: String
    /// The comparison of a "cellIs" rule ("between", "greaterThan"), when written.
    package var `operator`: String?
    /// The rule's formulas, in order.
    package var formulas: [String]
    /// The number of colours of a colour scale (2 or 3); nil for other rules.
    package var colorCount: Int?
    /// The rule's priority, when written.
    package var priority: Int?
    /// The index of its differential format in `styles.xml`, when it has one.
    package var formatIndex: Int?

    /// Creates a rule.
    package init(
      type: String, operator: String? = nil, formulas: [String] = [], colorCount: Int? = nil,
      priority: Int? = nil, formatIndex: Int? = nil
    ) {
      self.type = type
      self.operator = `operator`
      self.formulas = formulas
      self.colorCount = colorCount
      self.priority = priority
      self.formatIndex = formatIndex
    }
  }

  /// The ranges covered, as written ("A1:A10 C1:C10").
  package var sqref: String
  /// The rules, in the order written.
  package var rules: [Rule]

  /// Creates a conditional format.
  package init(sqref: String, rules: [Rule]) {
    self.sqref = sqref
    self.rules = rules
  }

  /// Reads a `<conditionalFormatting>` element.
  init(_ element: MarkupElement) {
    let rules = element.children("cfRule", in: .spreadsheet).map { rule in
      Rule(
        type: rule.attribute("type") ?? "",
        operator: rule.attribute("operator"),
        formulas: rule.children("formula", in: .spreadsheet).map(\.text),
        colorCount: rule.child("colorScale", in: .spreadsheet).map {
          $0.children("color", in: .spreadsheet).count
        },
        priority: rule.integer("priority"),
        formatIndex: rule.integer("dxfId"))
    }
    self.init(sqref: element.attribute("sqref") ?? "", rules: rules)
  }
}

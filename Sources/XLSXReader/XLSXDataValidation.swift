/// A data validation: the ranges it covers, what it allows, and its messages.
package struct XLSXDataValidation: Sendable, Equatable {
  /// The ranges covered, as written ("B2:B10").
  package var sqref: String
  /// What is allowed: "list", "whole", "decimal", "date", "time", "textLength", "custom", or
  /// "none" (any value) when the file names no type.
  package var type: String
  /// The comparison ("between", "greaterThan"); "between" when a comparing type names none (as
  /// Excel reads it), nil for "list", "custom" and "none".
  package var `operator`: String?
  /// The first formula ("\"a,b\"" for a literal list, "Lists!$A$1:$A$5" for a range).
  package var formula1: String?
  /// The second formula, the upper bound of "between" and "notBetween".
  package var formula2: String?
  /// Whether a blank cell passes.
  package var allowsBlank: Bool
  /// The input prompt's title and text.
  package var promptTitle: String?
  package var prompt: String?
  /// The error alert's title and text.
  package var errorTitle: String?
  package var error: String?
  /// The error alert's style ("stop", "warning", "information"), when written.
  package var errorStyle: String?

  /// Creates a data validation.
  package init(
    sqref: String, type: String, operator: String? = nil, formula1: String? = nil,
    formula2: String? = nil, allowsBlank: Bool = false, promptTitle: String? = nil,
    prompt: String? = nil, errorTitle: String? = nil, error: String? = nil,
    errorStyle: String? = nil
  ) {
    self.sqref = sqref
    self.type = type
    self.operator = `operator`
    self.formula1 = formula1
    self.formula2 = formula2
    self.allowsBlank = allowsBlank
    self.promptTitle = promptTitle
    self.prompt = prompt
    self.errorTitle = errorTitle
    self.error = error
    self.errorStyle = errorStyle
  }

  /// Reads a `<dataValidation>` element, or an Excel 2010 `<x14:dataValidation>` whose formulas
  /// and ranges sit in `xm:f` and `xm:sqref` children.
  init(_ element: MarkupElement) {
    let type = element.attribute("type") ?? "none"
    let comparing = ["whole", "decimal", "date", "time", "textLength"].contains(type)
    func formula(_ name: String) -> String? {
      if let plain = element.child(name, in: .spreadsheet) {
        return plain.text
      }
      return element.child(name, in: .excel2010)?.child("f", in: .excelMain)?.text
    }
    let sqref =
      element.attribute("sqref") ?? element.child("sqref", in: .excelMain)?.text.trimmingXMLSpace
    self.init(
      sqref: sqref ?? "",
      type: type,
      operator: element.attribute("operator") ?? (comparing ? "between" : nil),
      formula1: formula("formula1"),
      formula2: formula("formula2"),
      allowsBlank: element.flag("allowBlank") ?? false,
      promptTitle: element.attribute("promptTitle"),
      prompt: element.attribute("prompt"),
      errorTitle: element.attribute("errorTitle"),
      error: element.attribute("error"),
      errorStyle: element.attribute("errorStyle"))
  }
}

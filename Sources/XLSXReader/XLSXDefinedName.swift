/// A defined name of the workbook (`<definedName>`), global or local to one sheet.
package struct XLSXDefinedName: Sendable, Equatable {
  /// The name ("Districts", "_xlnm.Print_Titles").
  package var name: String
  /// What it refers to, as stored ("Sheet1!$A$1:$A$5").
  package var refersTo: String
  /// The 0-based index, in workbook order, of the sheet it is local to; nil when global.
  package var localSheetIndex: Int?
  /// Whether the name is hidden.
  package var isHidden: Bool

  /// Creates a defined name.
  package init(name: String, refersTo: String, localSheetIndex: Int? = nil, isHidden: Bool = false)
  {
    self.name = name
    self.refersTo = refersTo
    self.localSheetIndex = localSheetIndex
    self.isHidden = isHidden
  }
}

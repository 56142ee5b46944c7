/// Gives every sheet of one workbook a name Excel accepts and no other sheet has.
///
/// Names come from labels and from the data (district names on district sheets), so they are
/// cleaned: the characters Excel refuses (`[]:*?/\`) become `_`, apostrophes at either end are
/// dropped, the name is cut to 31 characters, and a name already taken (compared ignoring
/// case, as Excel does) gets ` (2)`, ` (3)` ... within the 31 characters.
package struct SheetNamer {
  private var taken: Set<String> = []

  /// Creates a namer for one workbook.
  package init() {}

  /// A unique, valid sheet name for `proposed`.
  package mutating func name(for proposed: String) -> String {
    let base = Self.clean(proposed)
    var candidate = base
    var counter = 2
    while taken.contains(candidate.lowercased()) {
      let suffix = " (\(counter))"
      candidate = String(base.prefix(31 - suffix.count)) + suffix
      counter += 1
    }
    taken.insert(candidate.lowercased())
    return candidate
  }

  /// `proposed` with refused characters replaced and cut to Excel's 31 characters.
  static func clean(_ proposed: String) -> String {
    let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
    var cleaned = String(
      proposed.map { forbidden.contains($0) || $0.isNewline ? "_" : $0 })
    while cleaned.hasPrefix("'") { cleaned.removeFirst() }
    cleaned = String(cleaned.prefix(31))
    while cleaned.hasSuffix("'") || cleaned.hasSuffix(" ") { cleaned.removeLast() }
    return cleaned.isEmpty ? "Sheet" : cleaned
  }
}

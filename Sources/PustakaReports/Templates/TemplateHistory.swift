import PustakaCore

/// What a library reported before a template's month, which decides the template's budget rows
/// and the collection figures it shows for comparison.
///
/// Built once per data set and month, so writing the templates of a whole regency reads the
/// budget and collection tables once.
package struct TemplateHistory: Sendable {
  /// One budget line: a category paid from a source.
  package struct BudgetLine: Hashable, Sendable, Comparable {
    /// What the money is for.
    package let category: BudgetCategory
    /// Where it comes from.
    package let source: FundingSource

    package static func < (lhs: BudgetLine, rhs: BudgetLine) -> Bool {
      let categories = BudgetCategory.allCases
      let sources = FundingSource.allCases
      let left = (
        categories.firstIndex(of: lhs.category) ?? 0, sources.firstIndex(of: lhs.source) ?? 0
      )
      let right = (
        categories.firstIndex(of: rhs.category) ?? 0, sources.firstIndex(of: rhs.source) ?? 0
      )
      return left < right
    }
  }

  /// The template's month.
  package let month: Month
  private let budgetLines: [LibraryID: Set<BudgetLine>]
  private let lastCollection: [LibraryID: [CollectionStock]]

  /// The history of `data` before `month`: budget lines of the 12 months before it, and
  /// collection stock of the month before it.
  package init(data: DataSet, month: Month) {
    self.month = month
    let firstBudgetMonth = month.advanced(by: -12)
    var lines: [LibraryID: Set<BudgetLine>] = [:]
    for entry in data.budget where entry.month >= firstBudgetMonth && entry.month < month {
      lines[entry.libraryID, default: []].insert(
        BudgetLine(category: entry.category, source: entry.source))
    }
    budgetLines = lines
    var stock: [LibraryID: [CollectionStock]] = [:]
    for entry in data.collection where entry.month == month.previous {
      stock[entry.libraryID, default: []].append(entry)
    }
    lastCollection = stock
  }

  /// The budget lines `library` used in the 12 months before the template's month, in the
  /// contract's order; every category from Dana Desa when it used none, so that a new
  /// library's template still has a row per category.
  package func budgetLines(of library: LibraryID?) -> [BudgetLine] {
    if let library, let used = budgetLines[library], !used.isEmpty { return used.sorted() }
    return BudgetCategory.allCases.map { BudgetLine(category: $0, source: .danaDesa) }
  }

  /// The collection `library` held at the end of the month before the template's month, one
  /// entry per category in the contract's order; empty when it reported none.
  package func lastCollection(of library: LibraryID?) -> [CollectionStock] {
    guard let library, let stock = lastCollection[library] else { return [] }
    let order = CollectionCategory.allCases
    return stock.sorted {
      (order.firstIndex(of: $0.category) ?? 0) < (order.firstIndex(of: $1.category) ?? 0)
    }
  }
}

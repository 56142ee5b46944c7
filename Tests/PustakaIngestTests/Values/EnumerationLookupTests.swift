import PustakaCore
import Testing

@testable import PustakaIngest

/// Issue 13: a cell spelled as the contract writes a name is found without folding; every
/// other spelling still folds to the same value.
@Suite struct EnumerationLookupTests {
  let lookup = EnumerationLookup<BudgetCategory>()

  func match(_ text: String) -> EnumerationLookup<BudgetCategory>.Match {
    lookup.match(ArraySlice(text.utf8))
  }

  @Test(
    "names, aliases and their folded spellings give one value",
    arguments: [
      ("collection", BudgetCategory.collection), ("KOLEKSI", .collection),
      ("Koleksi", .collection), ("sarana_prasarana", .facilities),
      ("Sarana Prasarana", .facilities), ("SARANA-PRASARANA", .facilities), ("sdm", .staff),
      ("S.D.M.", .staff),
    ])
  func names(text: String, value: BudgetCategory) {
    #expect(match(text) == .value(value))
  }

  @Test("a cell that folds to nothing is empty; an unknown name is unknown")
  func emptyAndUnknown() {
    #expect(match("") == .empty)
    #expect(match("--") == .empty)
    #expect(match("buku") == .unknown)
    #expect(match("kolek si x") == .unknown)
  }
}

import PustakaCore
import Testing

@testable import PustakaReports

/// Issue 12.1: the workbooks name budget categories, sources, collection categories and
/// activity types as the contract does (`ContractEnumeration.displayName`), the same on
/// every sheet.
@Suite struct EnumerationNamesTests {
  @Test("a budget category has one spelling on Ringkasan and Anggaran, in both languages")
  func budgetCategories() {
    for language in ReportLanguage.allCases {
      let labels = ReportLabels.of(language)
      for category in BudgetCategory.allCases {
        #expect(labels.summary.name(of: category) == labels.budget.name(category))
        #expect(labels.budget.name(category) == category.displayName.text(in: language))
      }
    }
    #expect(ReportLabels.of(.indonesian).budget.name(.facilities) == "Sarana prasarana")
    #expect(ReportLabels.of(.english).budget.name(.facilities) == "Facilities")
  }

  @Test("sources, collection categories and activity types use the contract's names")
  func otherEnumerations() {
    let indonesian = ReportLabels.of(.indonesian)
    let english = ReportLabels.of(.english)
    #expect(indonesian.budget.name(FundingSource.danaDesa) == "Dana Desa")
    #expect(english.budget.name(FundingSource.community) == "Community")
    #expect(indonesian.collection.name(.periodical) == "Terbitan berkala")
    #expect(english.collection.name(.nonfiction) == "Non-fiction")
    #expect(indonesian.activities.name(.talk) == "Sosialisasi")
    #expect(english.activities.name(.bookClub) == "Book club")
  }
}

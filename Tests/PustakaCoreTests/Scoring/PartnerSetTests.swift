import Testing

@testable import PustakaCore

/// Issue 13: partners are numbered per library in the index and counted as bits, so that
/// the 12-month partner count hashes no names; the counts must be those of distinct keys.
@Suite struct PartnerSetTests {
  @Test("a set counts each number once, within the first word and beyond it")
  func counts() {
    var set = PartnerSet()
    #expect(set.count == 0)
    for number in [0, 63, 63, 64, 200, 0] { set.insert(number) }
    #expect(set.count == 4)
    var other = PartnerSet(200)
    other.insert(1)
    other.insert(130)
    other.formUnion(set)
    #expect(other.count == 6)
    var expected = set
    expected.insert(1)
    expected.insert(130)
    #expect(other == expected)
  }

  @Test("a union with a shorter set keeps the longer set's words")
  func unionKeepsWords() {
    var wide = PartnerSet(300)
    wide.formUnion(PartnerSet(2))
    #expect(wide.count == 2)
    var narrow = PartnerSet(2)
    narrow.formUnion(PartnerSet(300))
    #expect(narrow == wide)
  }

  /// 70 partners in one month, written in two spellings each, and 5 of them again the next
  /// month: 70 distinct partners over the 12 months, 5 in the second month alone.
  @Test("the index counts 70 distinct partners written two ways, across months")
  func indexCountsDistinctKeys() {
    var data = Self.reportingFixture(["L1", "L2"])
    for number in 0..<70 {
      data.event("L1", "2026-09", participants: 1, partner: "Mitra  \(number)")
      data.event("L1", "2026-09", participants: 1, partner: "mitra \(number)")
    }
    for number in 0..<5 { data.event("L1", "2026-10", participants: 1, partner: "MITRA \(number)") }
    data.event("L2", "2026-10", participants: 1, partner: "Mitra 0")
    let index = DataSetIndex(data.dataSet)
    let trailing = Period.trailingYear(endingWith: ScoringFixture.month("2026-10"), dataStart: nil)
    #expect(index.periodFigures(0, trailing).partnerCount == 70)
    #expect(index.monthsByLibrary[0].partners[ScoringFixture.month("2026-10").ordinal]?.count == 5)
    #expect(index.periodFigures(1, trailing).partnerCount == 1)
  }

  /// A partner whose name is only white space has an empty key and is no partner; the rows of
  /// a repeated library id count for its first library, as every table's rows do.
  @Test("a white-space partner counts for none; a repeated id's partners go to its first row")
  func emptyKeysAndRepeatedIDs() {
    var data = Self.reportingFixture(["L1", "L1"])
    data.event("L1", "2026-10", participants: 1, partner: "PKK")
    data.event("L1", "2026-10", participants: 1, partner: "\u{2003}")
    data.event("L1", "2026-10", participants: 1, partner: "pkk")
    let index = DataSetIndex(data.dataSet)
    let october = Period.month(ScoringFixture.month("2026-10"))
    #expect(index.periodFigures(0, october).partnerCount == 1)
    #expect(index.periodFigures(1, october).partnerCount == 0)
  }

  /// Libraries with these ids, the first reporting in 2026-10.
  static func reportingFixture(_ ids: [String]) -> ScoringFixture {
    var data = ScoringFixture()
    for id in ids { data.library(LibraryID(id)) }
    data.attendance(LibraryID(ids[0]), "2026-10", openDays: 20, visitors: 100)
    return data
  }
}

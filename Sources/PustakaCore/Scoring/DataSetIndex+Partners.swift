extension DataSetIndex {
  /// Each library's partners by month, as `PartnerSet`s: every distinct partner key of a
  /// library numbered in reading order, in one pass over `activities`.
  ///
  /// A library's partners repeat from month to month, so each distinct text as written is
  /// folded to its key (`NameFolding.partnerKey`) once; activities without a partner, or with
  /// one whose key is empty, add none.
  static func partnersByMonth(
    _ activities: [Activity], positions: [LibraryID: Int], libraryCount: Int
  ) -> [MonthSlots<PartnerSet>] {
    var partners = [MonthSlots<PartnerSet>](repeating: MonthSlots(), count: libraryCount)
    var numberByText = [[String: Int]](repeating: [:], count: libraryCount)
    var numberByKey = [[String: Int]](repeating: [:], count: libraryCount)
    var locator = Locator(positions: positions)
    for activity in activities {
      guard let text = activity.partner, let position = locator.position(of: activity.libraryID)
      else { continue }
      let number: Int
      if let known = numberByText[position][text] {
        number = known
      } else {
        let key = NameFolding.partnerKey(text)
        guard !key.isEmpty else { continue }
        if let known = numberByKey[position][key] {
          number = known
        } else {
          number = numberByKey[position].count
          numberByKey[position][key] = number
        }
        numberByText[position][text] = number
      }
      partners[position].add(PartnerSet(number), at: activity.date.monthOrdinal)
    }
    return partners
  }
}

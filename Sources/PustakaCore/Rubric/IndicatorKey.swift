/// One of the 20 measures the engine knows how to compute (*indikator*), named by its rubric key.
///
/// A rubric chooses which of them to score, with which thresholds and weights; the formula of
/// each is fixed here. In the formulas `P` is the period, `m` its number of months, `pop` the
/// library's village population, and a *snapshot* is the latest month with a row within the 12
/// months ending with P's last month (carried forward when earlier than that month). Every
/// value is rounded to 4 decimals before scoring (`DecimalRounding`); a missing value scores 0.
package enum IndicatorKey: String, CaseIterable, Hashable, Sendable, Comparable {
  /// Collection titles held (*jumlah judul*): snapshot titles summed over categories.
  ///
  /// Unit: titles. Missing without a collection snapshot. Example: fiction 500 + children 312
  /// titles = 812, which reaches 750 and scores 3.
  case titles
  /// Copies held per villager: snapshot copies / pop.
  ///
  /// Unit: copies per person. Zero copies give 0 (not missing). Example: 1,400 copies / 4,000
  /// people = 0.35, 3 points.
  case copiesPerCapita = "copies_per_capita"
  /// Copies acquired per 1,000 villagers per month: sum acquired_copies in P / pop x 1000 / m.
  ///
  /// Unit: copies per 1,000 people per month. Missing without a collection row in P. Example:
  /// 24 copies over a quarter, 4,000 people: 24 / 4000 x 1000 / 3 = 2, 3 points.
  case acquisitionsPer1000 = "acquisitions_per_1000"
  /// Net collection growth a year in percent: (acquired - weeded in P) / snapshot copies x 100
  /// x 12 / m.
  ///
  /// Unit: % a year. Missing without a collection row in P or with zero snapshot copies.
  /// Example: 10 acquired, 2 weeded in a month, 1,200 copies: 8 / 1200 x 100 x 12 = 8, 3 points.
  case collectionGrowthPercent = "collection_growth_pct"
  /// The reading room's floor area (*luas ruang*), `floor_area_m2` of the library's row.
  ///
  /// Unit: m2. Missing when the row leaves it empty. Example: 48 m2, 3 points.
  case floorArea = "floor_area"
  /// Open days per month: open attendance rows (distinct dates) in P / m.
  ///
  /// Unit: days per month. Example: 60 open days in a quarter = 20 a month, 4 points.
  case openDays = "open_days"
  /// Visitors per open day: sum visitors in P (closed-day rows included) / open days in P.
  ///
  /// Unit: people per day. Missing with 0 open days. Example: 300 visitors over 20 open days
  /// = 15, 2 points.
  case visitorsPerDay = "visitors_per_day"
  /// Visits per 1,000 villagers per month: sum visitors in P / pop x 1000 / m.
  ///
  /// Unit: visits per 1,000 people per month. Example: 300 visitors, 4,000 people, one month:
  /// 75, 2 points.
  case visitsPer1000 = "visits_per_1000"
  /// Loans per visit: sum loans in P / sum visitors in P.
  ///
  /// Unit: copies per visit. Missing with no visitors. Example: 105 loans / 300 visitors
  /// = 0.35, 3 points.
  case loansPerVisit = "loans_per_visit"
  /// Collection turnover a year: sum loans in P / snapshot copies x 12 / m.
  ///
  /// Unit: loans per copy a year. Missing with zero or missing snapshot copies. Example:
  /// 100 loans in a month, 1,200 copies: 100 / 1200 x 12 = 1, 4 points.
  case turnover
  /// Budget absorption (*serapan anggaran*): sum spent / sum allocated x 100, over January to
  /// P's last month.
  ///
  /// Unit: %. Missing with no budget row in those months or nothing allocated. Example:
  /// Rp 9,500,000 spent of Rp 10,000,000 = 95, 4 points (band [95, 105)).
  case budgetAbsorption = "budget_absorption"
  /// Spending on the collection as a share of all spending in P: spent on `collection` / all
  /// spent x 100.
  ///
  /// Unit: %. Missing with no budget row in P or nothing spent. Example: Rp 600,000 of
  /// Rp 2,000,000 = 30, 3 points.
  case collectionSpendShare = "collection_spend_share"
  /// Cost per visit (*biaya per kunjungan*): all spent in P / sum visitors in P.
  ///
  /// Unit: rupiah per visit; lower is better. Missing with no visitors or no budget row in P;
  /// budget rows spending 0 with visitors give 0 (4 points). Example: Rp 3,000,000 / 200
  /// visitors = 15,000, 3 points.
  case costPerVisit = "cost_per_visit"
  /// Trained staff (*tenaga terlatih*): `trained_staff` of the operations snapshot.
  ///
  /// Unit: people. Missing without an operations snapshot or when its value is empty (no
  /// fall-back to an earlier month). Example: 2 trained people, 4 points.
  case trainedStaff = "trained_staff"
  /// Volunteer hours per month: sum volunteer_hours in P / m.
  ///
  /// Unit: hours per month. Missing without an operations row in P. Example: 90 hours over a
  /// quarter = 30, 3 points.
  case volunteerHours = "volunteer_hours"
  /// Activities per month: number of activities in P / m.
  ///
  /// Unit: events per month. None in P is 0. Example: 6 events in a quarter = 2, 2 points.
  case activities
  /// Activity participants per 1,000 villagers per month: sum participants in P / pop x 1000
  /// / m.
  ///
  /// Unit: people per 1,000 people per month. Example: 40 participants, 4,000 people, one
  /// month: 10, 3 points.
  case participantsPer1000 = "participants_per_1000"
  /// Registered members per 100 villagers: `registered_members` of the operations snapshot /
  /// pop x 100.
  ///
  /// Unit: members per 100 people. Missing when the snapshot or its value is missing.
  /// Example: 200 members / 4,000 people x 100 = 5, 3 points.
  case membersPer100 = "members_per_100"
  /// Distinct partners (*mitra*): distinct non-empty partner names (trimmed, case-folded) of
  /// activities in the 12 months ending with P's last month.
  ///
  /// Unit: organisations. Example: "PKK", "pkk " and "Karang Taruna" are 2 partners, 2 points.
  case partners
  /// Training participants per month: participants of `literacy_training` and
  /// `skills_training` activities in P / m.
  ///
  /// Unit: people per month. Example: 30 + 30 participants over a quarter = 20, 3 points.
  case skillsParticipants = "skills_participants"

  /// The key as rubric files and `scores.csv` write it, such as `copies_per_capita`.
  package var key: String { rawValue }

  /// Keys order as the default rubric lists them (1 to 20).
  package static func < (lhs: IndicatorKey, rhs: IndicatorKey) -> Bool {
    let order = allCases
    return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
  }
}

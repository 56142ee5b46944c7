import PustakaCore

/// The persistent traits of one sample library: how good it is overall and in each area, and
/// the habits that follow from that (opening days, budget, collection, staff, activities).
///
/// Libraries differ persistently: a strong library opens six days a week, spends its budget
/// on plan, buys books and holds many activities with partners; a weak one opens two or three
/// days, under-spends and holds few events. Each area's quality scatters around the overall one
/// so that libraries have strengths and weaknesses, and a trend moves it over the period.
struct LibraryProfile: Sendable {
  /// The overall quality, from 0 (needs support) to 1 (excellent).
  var quality: Double
  /// The change of quality from the period's start to its end, up to about ±0.2.
  var trend: Double
  /// Quality of the collection (titles, copies, acquisitions).
  var collectionQuality: Double
  /// Quality of the service (opening days, visitors, loans).
  var serviceQuality: Double
  /// Quality of budget management (absorption, spending on books).
  var budgetQuality: Double
  /// Quality of community work (activities, participants, partners, members).
  var communityQuality: Double
  /// Quality of staffing (trained staff, volunteers).
  var staffQuality: Double

  /// The opening days by ISO weekday (index 1 is Monday, 7 Sunday; index 0 unused).
  var opensOn: [Bool]
  /// The chance that an opening day is closed anyway (illness, village duties).
  var closureChance: Double
  /// The mean number of visitors on an ordinary opening day.
  var visitorsPerDay: Double
  /// The share of visitors who are children.
  var childShare: Double
  /// The mean number of loans per visitor.
  var loansPerVisitor: Double
  /// The mean number of new members per visitor.
  var newMembersPerVisitor: Double
  /// Registered members at the period's start.
  var initialMembers: Int

  /// The village fund budget of the first year, in rupiah.
  var annualBudget: Int
  /// The monthly honorarium of one paid staff member, in rupiah.
  var honorarium: Int
  /// The number of paid staff (*tenaga honor*).
  var paidStaff: Int
  /// The share of the budget planned for books.
  var collectionShare: Double
  /// The share of the budget planned for programmes.
  var programShare: Double
  /// Realised over planned spending.
  var absorption: Double
  /// The number of months a year in which books are bought.
  var purchaseMonths: Int
  /// Whether the regency's library office grants money for books (*APBD*).
  var hasRegencyGrant: Bool
  /// Whether a company funds facilities (*CSR*).
  var hasCSR: Bool
  /// Whether the community contributes to programmes (*swadaya*).
  var hasCommunityFunds: Bool

  /// Copies held at the period's start.
  var initialCopies: Int
  /// Copies per title.
  var copiesPerTitle: Double
  /// Whether the regency library donates books once a year.
  var receivesDonations: Bool

  /// Volunteers at the period's start.
  var volunteers: Int
  /// The hours a volunteer gives in a month.
  var hoursPerVolunteer: Double
  /// Staff and volunteers with library training at the period's start.
  var trainedStaff: Int

  /// The mean number of activities a month.
  var activitiesPerMonth: Double
  /// The number of partner organisations the library works with.
  var partnerCount: Int
  /// The chance that an activity has a partner.
  var partnerChance: Double

  /// The chance of not reporting in a month (no submission at all).
  var silentMonthChance: Double
  /// The chance that a month's collection or operations snapshot is missing.
  var snapshotGapChance: Double

  /// The reading room's floor area in square metres.
  var floorArea: Int
  /// The day the library opened.
  var opened: CalendarDate?
  /// The national accreditation grade, for some strong libraries.
  var accreditation: Accreditation?
}

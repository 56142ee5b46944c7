import PustakaCore

/// Simulates one library over the sample's months: its budget, collection, daily attendance,
/// activities and month-end snapshots, from its profile and the calendar.
///
/// Every table draws from its own stream derived from the seed and the library's position, so
/// each library's rows are the same whatever is generated before or beside them.
struct LibrarySimulator {
  /// The streams of one library, one per table or concern.
  enum Stream: UInt64 {
    case profile = 1
    case months
    case budget
    case collection
    case attendance
    case activities
    case operations
  }

  /// Where the library is.
  let site: SampleSite
  /// Its persistent traits.
  let profile: LibraryProfile
  /// The months and seed of the sample.
  let options: SampleOptions
  /// The days of the sample's period.
  let calendar: SampleCalendar
  /// The months (by position) in which the library submits nothing.
  let silentMonths: [Bool]
  /// The months whose collection snapshot is missing.
  let collectionGaps: [Bool]
  /// The months whose operations snapshot is missing.
  let operationsGaps: [Bool]
  private let path: [UInt64]

  /// Prepares the simulation of the library at position `index` of the sample.
  init(site: SampleSite, index: Int, options: SampleOptions, calendar: SampleCalendar) {
    self.site = site
    self.options = options
    self.calendar = calendar
    path = [2, UInt64(index)]
    var random = SeededGenerator(seed: options.seed, stream: path + [Stream.profile.rawValue])
    let profile = LibraryProfile.draw(for: site, random: &random)
    self.profile = profile
    var months = SeededGenerator(seed: options.seed, stream: path + [Stream.months.rawValue])
    var silent: [Bool] = []
    var collectionGaps: [Bool] = []
    var operationsGaps: [Bool] = []
    for position in 0..<options.months {
      // The last month is always reported by the named libraries, so they appear in it.
      let protected = site.knownQuality != nil && position == options.months - 1
      silent.append(!protected && months.chance(profile.silentMonthChance))
      collectionGaps.append(months.chance(profile.snapshotGapChance))
      operationsGaps.append(months.chance(profile.snapshotGapChance))
    }
    silentMonths = silent
    self.collectionGaps = collectionGaps
    self.operationsGaps = operationsGaps
  }

  /// The generator of one concern of this library.
  func random(_ stream: Stream) -> SeededGenerator {
    SeededGenerator(seed: options.seed, stream: path + [stream.rawValue])
  }

  /// The library's row of the `libraries` table.
  var library: VillageLibrary {
    VillageLibrary(
      id: site.id, name: site.name, village: site.village, villageType: site.villageType,
      district: site.district, regency: site.regency, province: site.province,
      population: site.population, floorAreaSquareMetres: Double(profile.floorArea),
      opened: profile.opened, accreditation: profile.accreditation)
  }

  /// The library's rows of all six tables.
  func run() -> LibrarySample {
    var sample = LibrarySample(library: library)
    let budget = simulateBudget()
    sample.budget = budget.entries
    sample.collection = simulateCollection(spending: budget.collectionSpending)
    let attendance = simulateAttendance()
    sample.attendance = attendance.days
    sample.activities = simulateActivities()
    sample.operations = simulateOperations(newMembers: attendance.newMembers)
    return sample
  }

  /// How far through the period the month at `position` is, from 0 to 1.
  func progress(_ position: Int) -> Double {
    options.months > 1 ? Double(position) / Double(options.months - 1) : 1
  }

  /// The quality multiplier of the month at `position`, following the library's trend.
  func trendFactor(_ position: Int) -> Double {
    max(0.3, 1 + profile.trend * (progress(position) - 0.5) * 2)
  }

  /// `value` rounded to a multiple of `step`, not below 0.
  static func rounded(_ value: Double, step: Int) -> Int {
    max(0, Int((value / Double(step)).rounded()) * step)
  }
}

/// Computes the 20 indicators of kpi-rubric.md from a library's period figures.
///
/// Each formula, unit and missing-value policy is documented on its `IndicatorKey` case.
package struct IndicatorCalculator: Sendable {
  /// The tables no file provided, usually none; their indicators are missing for everyone.
  ///
  /// A list looked through on every measurement, where a set would hash the table's name.
  private let missingTables: [TableName]

  /// Creates a calculator for a data set whose files provided `providedTables`.
  package init(providedTables: Set<TableName>) {
    missingTables = TableName.allCases.filter { !providedTables.contains($0) }
  }

  /// The value of `key` for the library and period of `figures`.
  package func measure(_ key: IndicatorKey, _ figures: LibraryPeriodFigures)
    -> IndicatorMeasurement
  {
    let months = Double(figures.period.monthCount)
    let population = Double(figures.library.population)
    let popInput = IndicatorInput("population", population)
    let monthsInput = IndicatorInput("months", months)
    func missing(_ reason: MissingReason) -> IndicatorMeasurement {
      IndicatorMeasurement(key: key, missing: reason)
    }
    func value(_ number: Double, _ inputs: [IndicatorInput]) -> IndicatorMeasurement {
      IndicatorMeasurement(key: key, value: number, inputs: inputs)
    }
    guard key.table == .libraries || !missingTables.contains(key.table) else {
      return missing(.tableNotProvided(key.table))
    }

    switch key {
    case .titles, .copiesPerCapita:
      guard let snapshot = figures.collectionSnapshot else {
        return missing(.noSnapshot(.collection))
      }
      let carried = figures.isCollectionCarriedForward
      if key == .titles {
        let titles = Double(snapshot.stock.titles)
        return IndicatorMeasurement(
          key: key, value: titles, inputs: [IndicatorInput("titles", titles)],
          snapshotMonth: snapshot.month, isCarriedForward: carried)
      }
      let copies = Double(snapshot.stock.copies)
      return IndicatorMeasurement(
        key: key, value: copies / population,
        inputs: [IndicatorInput("copies", copies), popInput], snapshotMonth: snapshot.month,
        isCarriedForward: carried)

    case .acquisitionsPer1000:
      guard let flows = figures.collectionFlows else {
        return missing(.noRowsInPeriod(.collection))
      }
      let acquired = Double(flows.acquired)
      return value(
        acquired / population * 1000 / months,
        [IndicatorInput("acquired_copies", acquired), popInput, monthsInput])

    case .collectionGrowthPercent:
      guard let flows = figures.collectionFlows else {
        return missing(.noRowsInPeriod(.collection))
      }
      guard let snapshot = figures.collectionSnapshot else {
        return missing(.noSnapshot(.collection))
      }
      let acquired = Double(flows.acquired)
      let weeded = Double(flows.weeded)
      let copies = Double(snapshot.stock.copies)
      let inputs = [
        IndicatorInput("acquired_copies", acquired), IndicatorInput("weeded_copies", weeded),
        IndicatorInput("copies", copies), monthsInput,
      ]
      let carried = figures.isCollectionCarriedForward
      guard copies > 0 else {
        return IndicatorMeasurement(
          key: key, missing: .zeroDenominator("zero copies"), inputs: inputs,
          snapshotMonth: snapshot.month, isCarriedForward: carried)
      }
      return IndicatorMeasurement(
        key: key, value: (acquired - weeded) / copies * 100 * 12 / months, inputs: inputs,
        snapshotMonth: snapshot.month, isCarriedForward: carried)

    case .floorArea:
      guard let area = figures.library.floorAreaSquareMetres else {
        return missing(.valueNotGiven(column: "floor_area_m2"))
      }
      return value(area, [IndicatorInput("floor_area_m2", area)])

    case .openDays, .visitorsPerDay, .visitsPer1000, .loansPerVisit, .turnover:
      guard let attendance = figures.attendance else {
        return missing(.noRowsInPeriod(.attendance))
      }
      return measureService(key, attendance, figures, population: popInput, months: monthsInput)

    case .budgetAbsorption:
      guard let budget = figures.budgetYearToDate else {
        return missing(.noRowsInYearToDate(.budget))
      }
      let spent = Double(budget.spent.amount)
      let allocated = Double(budget.allocated.amount)
      let inputs = [IndicatorInput("spent_idr", spent), IndicatorInput("allocated_idr", allocated)]
      guard allocated > 0 else {
        return IndicatorMeasurement(
          key: key, missing: .zeroDenominator("nothing allocated"), inputs: inputs)
      }
      return value(spent / allocated * 100, inputs)

    case .collectionSpendShare:
      guard let budget = figures.budget else { return missing(.noRowsInPeriod(.budget)) }
      let onCollection = Double(budget.spent(.collection).amount)
      let spent = Double(budget.spent.amount)
      let inputs = [
        IndicatorInput("spent_idr_collection", onCollection), IndicatorInput("spent_idr", spent),
      ]
      guard spent > 0 else {
        return IndicatorMeasurement(
          key: key, missing: .zeroDenominator("nothing spent"), inputs: inputs)
      }
      return value(onCollection / spent * 100, inputs)

    case .costPerVisit:
      let visitors = Double(figures.attendance?.visitors ?? 0)
      guard let budget = figures.budget else {
        return IndicatorMeasurement(
          key: key, missing: .noRowsInPeriod(.budget),
          inputs: [IndicatorInput("visitors", visitors)])
      }
      let spent = Double(budget.spent.amount)
      let inputs = [IndicatorInput("spent_idr", spent), IndicatorInput("visitors", visitors)]
      guard visitors > 0 else {
        return IndicatorMeasurement(
          key: key, missing: .zeroDenominator("no visitors"), inputs: inputs)
      }
      return value(spent / visitors, inputs)

    case .trainedStaff, .membersPer100:
      guard let snapshot = figures.operationsSnapshot else {
        return missing(.noSnapshot(.operations))
      }
      let carried = figures.isOperationsCarriedForward
      let column = key == .trainedStaff ? "trained_staff" : "registered_members"
      guard let count = key == .trainedStaff ? snapshot.trainedStaff : snapshot.registeredMembers
      else {
        return IndicatorMeasurement(
          key: key, missing: .valueNotGiven(column: column), snapshotMonth: snapshot.month,
          isCarriedForward: carried)
      }
      let number = Double(count)
      let inputs =
        key == .trainedStaff
        ? [IndicatorInput(column, number)] : [IndicatorInput(column, number), popInput]
      return IndicatorMeasurement(
        key: key, value: key == .trainedStaff ? number : number / population * 100, inputs: inputs,
        snapshotMonth: snapshot.month, isCarriedForward: carried)

    case .volunteerHours:
      guard let operations = figures.operationsInPeriod else {
        return missing(.noRowsInPeriod(.operations))
      }
      return value(
        operations.volunteerHours / months,
        [IndicatorInput("volunteer_hours", operations.volunteerHours), monthsInput])

    case .activities:
      let count = Double(figures.activities.count)
      return value(count / months, [IndicatorInput("activities", count), monthsInput])

    case .participantsPer1000:
      let participants = Double(figures.activities.participants)
      return value(
        participants / population * 1000 / months,
        [IndicatorInput("participants", participants), popInput, monthsInput])

    case .partners:
      let count = Double(figures.partnerCount)
      return value(count, [IndicatorInput("partners", count)])

    case .skillsParticipants:
      let trained = Double(
        figures.activities.participants(.literacyTraining)
          + figures.activities.participants(.skillsTraining))
      return value(trained / months, [IndicatorInput("participants", trained), monthsInput])
    }
  }

  private func measureService(
    _ key: IndicatorKey, _ attendance: AttendanceTotals, _ figures: LibraryPeriodFigures,
    population: IndicatorInput, months: IndicatorInput
  ) -> IndicatorMeasurement {
    let visitors = Double(attendance.visitors)
    let openDays = Double(attendance.openDays)
    let loans = Double(attendance.loans)
    switch key {
    case .openDays:
      return IndicatorMeasurement(
        key: key, value: openDays / months.value,
        inputs: [IndicatorInput("open_days", openDays), months])
    case .visitorsPerDay:
      let inputs = [IndicatorInput("visitors", visitors), IndicatorInput("open_days", openDays)]
      guard openDays > 0 else {
        return IndicatorMeasurement(
          key: key, missing: .zeroDenominator("no open days"), inputs: inputs)
      }
      return IndicatorMeasurement(key: key, value: visitors / openDays, inputs: inputs)
    case .visitsPer1000:
      return IndicatorMeasurement(
        key: key, value: visitors / population.value * 1000 / months.value,
        inputs: [IndicatorInput("visitors", visitors), population, months])
    case .loansPerVisit:
      let inputs = [IndicatorInput("loans", loans), IndicatorInput("visitors", visitors)]
      guard visitors > 0 else {
        return IndicatorMeasurement(
          key: key, missing: .zeroDenominator("no visitors"), inputs: inputs)
      }
      return IndicatorMeasurement(key: key, value: loans / visitors, inputs: inputs)
    default:  // .turnover
      guard let snapshot = figures.collectionSnapshot else {
        return IndicatorMeasurement(key: key, missing: .noSnapshot(.collection))
      }
      let copies = Double(snapshot.stock.copies)
      let inputs = [IndicatorInput("loans", loans), IndicatorInput("copies", copies), months]
      let carried = figures.isCollectionCarriedForward
      guard copies > 0 else {
        return IndicatorMeasurement(
          key: key, missing: .zeroDenominator("zero copies"), inputs: inputs,
          snapshotMonth: snapshot.month, isCarriedForward: carried)
      }
      return IndicatorMeasurement(
        key: key, value: loans / copies * 12 / months.value, inputs: inputs,
        snapshotMonth: snapshot.month, isCarriedForward: carried)
    }
  }
}

extension IndicatorKey {
  /// The table whose absence makes the indicator missing for everyone.
  ///
  /// Indicators that also need attendance or collection (turnover, cost per visit) check
  /// those in their formula.
  package var table: TableName {
    switch self {
    case .titles, .copiesPerCapita, .acquisitionsPer1000, .collectionGrowthPercent:
      return .collection
    case .floorArea: return .libraries
    case .openDays, .visitorsPerDay, .visitsPer1000, .loansPerVisit: return .attendance
    case .turnover: return .collection
    case .budgetAbsorption, .collectionSpendShare, .costPerVisit: return .budget
    case .trainedStaff, .volunteerHours, .membersPer100: return .operations
    case .activities, .participantsPer1000, .partners, .skillsParticipants: return .activities
    }
  }
}

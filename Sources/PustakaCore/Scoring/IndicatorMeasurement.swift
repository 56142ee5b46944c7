/// One indicator's value for a library and period, with the inputs that explain it.
///
/// `value` is what the thresholds see: `rawValue` rounded by `DecimalRounding`. When the value
/// is missing, `missingReason` says why.
package struct IndicatorMeasurement: Hashable, Sendable {
  /// The indicator.
  package var key: IndicatorKey
  /// The value at full precision; `nil` when missing.
  package var rawValue: Double?
  /// The value rounded for scoring (4 decimals); `nil` when missing.
  package var value: Double?
  /// The inputs of the formula, in formula order, such as visitors 300 and population 4000.
  package var inputs: [IndicatorInput]
  /// Why the value is missing; `nil` when it is not.
  package var missingReason: MissingReason?
  /// The month of the snapshot the value uses, if it uses one.
  package var snapshotMonth: Month?
  /// Whether the snapshot is carried forward from a month before the period's last month.
  package var isCarriedForward: Bool

  /// A measured value.
  package init(
    key: IndicatorKey, value: Double, inputs: [IndicatorInput], snapshotMonth: Month? = nil,
    isCarriedForward: Bool = false
  ) {
    self.key = key
    self.rawValue = value
    self.value = value.isFinite ? DecimalRounding.scoringValue(value) : nil
    self.inputs = inputs
    self.missingReason = value.isFinite ? nil : .zeroDenominator("not a finite number")
    self.snapshotMonth = snapshotMonth
    self.isCarriedForward = isCarriedForward
  }

  /// A missing value.
  package init(
    key: IndicatorKey, missing reason: MissingReason, inputs: [IndicatorInput] = [],
    snapshotMonth: Month? = nil, isCarriedForward: Bool = false
  ) {
    self.key = key
    self.rawValue = nil
    self.value = nil
    self.inputs = inputs
    self.missingReason = reason
    self.snapshotMonth = snapshotMonth
    self.isCarriedForward = isCarriedForward
  }

  /// Whether the value is missing.
  package var isMissing: Bool { value == nil }
}

/// One named input of an indicator's formula, such as `visitors` = 300.
package struct IndicatorInput: Hashable, Sendable {
  /// The input's name: a contract column (`visitors`, `spent_idr`) or `population`, `months`,
  /// `open_days`, `partners`.
  package var name: String
  /// The input's value (money in rupiah, with any fraction).
  package var value: Double

  /// Creates an input.
  package init(_ name: String, _ value: Double) {
    self.name = name
    self.value = value
  }
}

extension CellComparison {
  /// The comparison's operator, without its numbers.
  enum Operator {
    case equalTo, notEqualTo, greaterThan, greaterThanOrEqualTo, lessThan, lessThanOrEqualTo
    case between, notBetween
  }

  /// The operator and its numbers: one `value`, or the `low` and `high` bounds of a range.
  var operands: (operator: Operator, value: Double, low: Double, high: Double) {
    switch self {
    case .equalTo(let value): return (.equalTo, value, 0, 0)
    case .notEqualTo(let value): return (.notEqualTo, value, 0, 0)
    case .greaterThan(let value): return (.greaterThan, value, 0, 0)
    case .greaterThanOrEqualTo(let value): return (.greaterThanOrEqualTo, value, 0, 0)
    case .lessThan(let value): return (.lessThan, value, 0, 0)
    case .lessThanOrEqualTo(let value): return (.lessThanOrEqualTo, value, 0, 0)
    case .between(let low, let high): return (.between, 0, low, high)
    case .notBetween(let low, let high): return (.notBetween, 0, low, high)
    }
  }
}

/// One library's values of one table by month, stored densely from its earliest month.
///
/// A look-up by `Month.ordinal` is an array index; months without a row hold `nil`. The array
/// grows to cover each month added, so a library's storage spans its own first to last month.
package struct MonthSlots<Value: Sendable>: Sendable {
  private var base = 0
  private var values: [Value?] = []

  /// No months.
  package init() {}

  /// The value of the month with ordinal `ordinal`, or `nil` when it has none.
  package subscript(ordinal: Int) -> Value? {
    let offset = ordinal - base
    return offset >= 0 && offset < values.count ? values[offset] : nil
  }

  /// The ordinals of the months that have a value, in increasing order.
  package var filledOrdinals: [Int] {
    values.indices.compactMap { values[$0] == nil ? nil : base + $0 }
  }

  /// The ordinal of the earliest month that has a value, or `nil` when none has.
  package var firstFilledOrdinal: Int? {
    values.firstIndex { $0 != nil }.map { base + $0 }
  }

  /// Whether no month has a value.
  package var isEmpty: Bool { values.isEmpty }

  /// Stores `value` as month `ordinal`'s, unless that month already has one.
  package mutating func setIfEmpty(_ value: Value, at ordinal: Int) {
    let offset = slot(for: ordinal)
    if values[offset] == nil { values[offset] = value }
  }

  /// The index in `values` of month `ordinal`, growing the storage to cover it.
  private mutating func slot(for ordinal: Int) -> Int {
    if values.isEmpty {
      base = ordinal
    } else if ordinal < base {
      values.insert(contentsOf: repeatElement(nil, count: base - ordinal), at: 0)
      base = ordinal
    }
    let offset = ordinal - base
    if offset >= values.count {
      values.append(contentsOf: repeatElement(nil, count: offset - values.count + 1))
    }
    return offset
  }
}

extension MonthSlots where Value: MonthlyTotal {
  /// Adds `value` to month `ordinal`'s totals; a month without any takes `value` itself
  /// (the same as adding it to empty totals, without the work).
  package mutating func add(_ value: Value, at ordinal: Int) {
    let offset = slot(for: ordinal)
    if values[offset] == nil { values[offset] = value } else { values[offset]?.add(value) }
  }
}

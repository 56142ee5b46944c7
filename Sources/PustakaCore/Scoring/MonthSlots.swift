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

  /// Changes the value of month `ordinal`, starting from `initial` when it has none.
  package mutating func update(
    _ ordinal: Int, initial: @autoclosure () -> Value, _ change: (inout Value) -> Void
  ) {
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
    var value = values[offset] ?? initial()
    change(&value)
    values[offset] = value
  }
}

import Foundation

/// Fixed slots that concurrent workers fill, each its own, read once all have finished.
final class SampleSlots<Value: Sendable>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  /// Creates `count` empty slots.
  init(count: Int) {
    slots = [Value?](repeating: nil, count: count)
  }

  /// Stores `value` in slot `index`.
  func store(_ value: Value, at index: Int) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  /// The stored values in slot order; every slot must have been filled.
  var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return slots.map { slot in
      guard let slot else { preconditionFailure("every slot is filled before reading") }
      return slot
    }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Stops the run with `message` on standard error when `condition` is false.
///
/// `precondition` drops its message in release builds, and the harnesses are built in release
/// for speed; a finding must say which invariant broke.
package func expect(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
  if !condition() { fail(message()) }
}

/// Stops the run with `message` on standard error; libFuzzer keeps the input as a crash.
package func fail(_ message: String) -> Never {
  let line = "fuzz invariant broken: \(message)\n"
  _ = line.withCString { write(2, $0, strlen($0)) }
  abort()
}
